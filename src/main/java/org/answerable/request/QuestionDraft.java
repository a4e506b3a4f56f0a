package org.answerable.request;

/**
 * A question as edited in the form, before it is saved. A request sent as part of a campaign keeps
 * the campaign question each of its questions copies, so answers can be compared across authorities.
 */
public record QuestionDraft(String label, String text, Long campaignQuestionId) {

    public QuestionDraft(String label, String text) {
        this(label, text, null);
    }

    public QuestionDraft withLabel(String newLabel) {
        return new QuestionDraft(newLabel, text, campaignQuestionId);
    }

    public QuestionDraft withText(String newText) {
        return new QuestionDraft(label, newText, campaignQuestionId);
    }
}
