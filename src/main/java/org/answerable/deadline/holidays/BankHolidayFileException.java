package org.answerable.deadline.holidays;

/** A bank-holiday file that cannot be read; the message names the file, the entry and the fault. */
public class BankHolidayFileException extends RuntimeException {

    public BankHolidayFileException(String message) {
        super(message);
    }

    public BankHolidayFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
