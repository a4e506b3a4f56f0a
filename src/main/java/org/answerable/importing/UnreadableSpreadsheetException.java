package org.answerable.importing;

/** The file is not a spreadsheet this import can read; the message says what to do instead. */
public class UnreadableSpreadsheetException extends RuntimeException {

    public UnreadableSpreadsheetException(String message) {
        super(message);
    }

    public UnreadableSpreadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
