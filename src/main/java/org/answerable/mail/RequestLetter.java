package org.answerable.mail;

import java.util.List;
import org.answerable.authority.Regime;
import org.answerable.authority.Salutation;

/**
 * The letter that makes a request: salutation, the law it is made under, the questions numbered
 * as stored, a polite standard closing and the team's signature. Plain text, as authorities'
 * FOI mailboxes expect, and written as WhatDoTheyKnow's letters are ("Dear [body]", "Yours
 * faithfully") because officers recognise them.
 */
public final class RequestLetter {

    /** One question as stored: its label ("1", "a)", "Q3") and text. */
    public record Question(String label, String text) {
    }

    /** What a letter is made from. */
    public record Facts(long requestId, String title, String authorityName, Regime regime, List<Question> questions,
            String requestText, String signature) {
    }

    /** A composed letter, before the user edits it. */
    public record Letter(String subject, String body) {
    }

    private RequestLetter() {
    }

    public static Letter compose(Facts facts) {
        return new Letter(subject(facts), body(facts));
    }

    static String subject(Facts facts) {
        String kind = facts.regime() == Regime.EIR || facts.regime() == Regime.EISR
                ? "Environmental information request" : "Freedom of Information request";
        return SubjectTag.ensureIn(kind + ": " + facts.title().strip(), facts.requestId());
    }

    static String salutation(String authorityName) {
        return Salutation.dear(null, authorityName);
    }

    private static String body(Facts facts) {
        boolean regulations = facts.regime() == Regime.EIR || facts.regime() == Regime.EISR;
        String instrument = regulations ? "the Regulations" : "the Act";
        StringBuilder letter = new StringBuilder()
                .append(salutation(facts.authorityName())).append("\n\n")
                .append("Under the ").append(facts.regime().fullName())
                .append(", please provide the following information:\n\n");
        if (facts.questions().isEmpty()) {
            letter.append(facts.requestText() == null ? "" : facts.requestText().strip()).append("\n\n");
        } else {
            for (int i = 0; i < facts.questions().size(); i++) {
                Question q = facts.questions().get(i);
                letter.append(number(q.label(), i + 1)).append(' ').append(q.text().strip()).append("\n\n");
            }
        }
        letter.append("If the information is held in a spreadsheet or database, please provide it in that format. "
                        + "If any part of this request is unclear, please contact me so that I can clarify it. If you "
                        + "decide to withhold any of the information, please tell me which ")
                .append(regulations ? "exception" : "exemption")
                .append(" you rely on and why, and release the rest.\n\n")
                .append("I look forward to your response ").append(regulations ? "as soon as possible and " : "promptly and ")
                .append("in any event within 20 working days, as ").append(instrument).append(" requires.\n\n")
                .append("Yours faithfully,\n\n");
        if (facts.signature() != null && !facts.signature().isBlank()) {
            letter.append(facts.signature().strip()).append('\n');
        }
        return letter.toString();
    }

    /** "1" becomes "1.", so the numbers read as a list; other labels ("a)", "Q3") stay as written. */
    static String number(String label, int position) {
        if (label == null || label.isBlank()) {
            return position + ".";
        }
        String trimmed = label.strip();
        return trimmed.chars().allMatch(Character::isDigit) ? trimmed + "." : trimmed;
    }
}
