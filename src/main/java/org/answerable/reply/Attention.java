package org.answerable.reply;

/** Why a proposal needs the user's eye before it is saved. */
public enum Attention {
    /** The answer was placed by a weak rule (a mention, a shared response, the whole text). */
    PLACED_BY_WEAK_RULE,
    /** The outcome was guessed from a few words with no stock phrase or provision to go on. */
    OUTCOME_FROM_LITTLE_TEXT,
    /** The reply seems to say nothing about the question. */
    NO_ANSWER_FOUND,
    /** The answer only points to another answer, whose outcome and provisions were taken. */
    REFERS_TO_ANOTHER_ANSWER
}
