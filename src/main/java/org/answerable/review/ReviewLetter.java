package org.answerable.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.answerable.authority.Regime;
import org.answerable.authority.Salutation;
import org.answerable.deadline.DateText;

/**
 * Drafts the letter asking for an internal review: what was asked, what came back, and why each
 * challenged answer is wrong, ending with a request for review under the right law. The user edits
 * the draft before sending, so it says plainly what the campaigner argues and nothing more.
 */
public final class ReviewLetter {

    /**
     * The request the letter is about. {@code salutation} opens the letter (see {@link Salutation});
     * {@code authorityReference} and {@code requestSent} may be null.
     */
    public record Facts(String title, String salutation, Regime regime, LocalDate requestSent,
            LocalDate responseReceived, String authorityReference) {
    }

    /** One challenged answer: the question, what the authority did with it, and the grounds. */
    public record Point(String questionLabel, String questionText, String outcome, List<String> provisions,
            Set<ReviewGround> grounds, String groundsText) {
    }

    private ReviewLetter() {
    }

    public static String draft(Facts facts, List<Point> points) {
        List<String> lines = new ArrayList<>();
        lines.add(facts.salutation());
        lines.add("");
        lines.add("Request for internal review: " + facts.title()
                + (blank(facts.authorityReference()) ? "" : " (your reference " + facts.authorityReference() + ")"));
        lines.add("");
        lines.add(opening(facts));
        for (Point point : points) {
            lines.add("");
            lines.addAll(section(point));
        }
        lines.add("");
        lines.add(closing(facts.regime()));
        lines.add("");
        lines.add("Yours faithfully,");
        return String.join("\n", lines);
    }

    private static String opening(Facts facts) {
        String sent = facts.requestSent() == null ? "" : " of " + DateText.of(facts.requestSent());
        return "I am writing about my request" + sent + ", to which you responded on "
                + DateText.of(facts.responseReceived()) + ". I am not satisfied with your response to the "
                + "following " + (facts.regime() == Regime.FOIA || facts.regime() == Regime.FOISA ? "questions" : "parts")
                + " of my request.";
    }

    private static List<String> section(Point point) {
        List<String> lines = new ArrayList<>();
        lines.add("Question " + point.questionLabel() + ": " + point.questionText());
        String provisions = point.provisions().isEmpty() ? "" : ", citing " + String.join(", ", point.provisions());
        lines.add("Your answer: " + point.outcome() + provisions + ".");
        lines.add("My grounds for review:");
        point.grounds().forEach(ground -> lines.add("- " + ground.letterText()));
        if (!blank(point.groundsText())) {
            lines.add("- " + point.groundsText().strip());
        }
        return lines;
    }

    /** The review provision of each law (FOI_RULES §3, §4). */
    static String closing(Regime regime) {
        return switch (regime) {
            case FOIA -> "Please carry out an internal review of your handling of my request, as set out in "
                    + "the Code of Practice issued under section 45 of the Freedom of Information Act 2000.";
            case EIR -> "Please treat this as representations under regulation 11 of the Environmental "
                    + "Information Regulations 2004 and reconsider your response.";
            case FOISA -> "Please treat this as a requirement for review under section 20 of the Freedom of "
                    + "Information (Scotland) Act 2002.";
            case EISR -> "Please treat this as representations under regulation 16 of the Environmental "
                    + "Information (Scotland) Regulations 2004 and review your response.";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
