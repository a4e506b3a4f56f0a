package org.answerable.reply;

/**
 * How the paste assistant found an answer's place in the reply, strongest first. The first two
 * rest on the letter's own structure; the others on weaker evidence that the user should check.
 */
public enum Placement {
    /** Under a label naming the question: "Answer 2", "Q2.", "Questions 2 &amp; 3". */
    LABELLED(true),
    /** After the reply's restatement of the question. */
    RESTATED(true),
    /** An outcome the letter gives for the whole request before the questions (cost limit, NCND). */
    WHOLE_LETTER(true),
    /** A sentence naming the question by number or ordinal: "In relation to question 4". */
    REFERENCED(false),
    /** Sentences that repeat this ask's own words, in one answer to several unnumbered asks. */
    OWN_WORDS(false),
    /** The one response after the request, shared by questions it does not tell apart. */
    SHARED_RESPONSE(false),
    /** Nothing in the reply points to the question: the whole text is offered for the only question. */
    WHOLE_TEXT(false),
    /** No answer found. */
    NONE(false);

    private final boolean structural;

    Placement(boolean structural) {
        this.structural = structural;
    }

    /** Found from the letter's labels, restatements or an explicit whole-letter outcome. */
    public boolean structural() {
        return structural;
    }
}
