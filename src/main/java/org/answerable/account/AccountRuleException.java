package org.answerable.account;

/** An account change broke a rule; the message is written for the person making it and names the field. */
public class AccountRuleException extends RuntimeException {

    private final String field;

    public AccountRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs next to. */
    public String field() {
        return field;
    }
}
