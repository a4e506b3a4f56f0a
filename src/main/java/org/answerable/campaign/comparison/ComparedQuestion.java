package org.answerable.campaign.comparison;

/** One campaign question, a column of the comparison. */
public record ComparedQuestion(Long id, String label, String text) {

    static final int SHORT_TEXT_LENGTH = 50;

    /** The start of the question, short enough for a column header. */
    public String shortText() {
        return Texts.shorten(text, SHORT_TEXT_LENGTH);
    }

    /** "Q3" for a question labelled "3", the label itself when it already says more. */
    public String name() {
        return label.chars().allMatch(Character::isDigit) ? "Q" + label : label;
    }
}
