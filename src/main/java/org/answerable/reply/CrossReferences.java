package org.answerable.reply;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * An answer that only points to another ("See response to Question 2. This will exceed 18 hours
 * work") takes the outcome of the answer it points to, and its provisions unless it states its
 * own; the user is asked to check it.
 */
final class CrossReferences {

    private CrossReferences() {
    }

    static List<AnswerProposal> resolve(List<AnswerProposal> proposals, List<QuestionRef> questions) {
        List<AnswerProposal> resolved = new ArrayList<>(proposals);
        for (int q = 0; q < proposals.size(); q++) {
            AnswerProposal own = proposals.get(q);
            Matcher see = ReplyWording.SEE_OTHER_ANSWER.matcher(own.answerText());
            if (!see.find()) {
                continue;
            }
            int target = questionNumbered(Integer.parseInt(see.group(1)), questions);
            if (target < 0 || target == q || proposals.get(target).answerText().isBlank()) {
                continue;
            }
            AnswerProposal referred = proposals.get(target);
            Set<Attention> attention = EnumSet.of(Attention.REFERS_TO_ANOTHER_ANSWER);
            attention.addAll(own.attention());
            attention.remove(Attention.OUTCOME_FROM_LITTLE_TEXT);
            resolved.set(q, new AnswerProposal(q, own.answerText(), referred.suggestedOutcome(),
                    own.citations().isEmpty() ? referred.citations() : own.citations(), own.suppressedMarkers(), own.table(),
                    own.publicInterestTestStated() || referred.publicInterestTestStated(),
                    own.costEstimate().or(referred::costEstimate), own.publishedAt().or(referred::publishedAt), own.placement(),
                    attention));
        }
        return resolved;
    }

    private static int questionNumbered(int number, List<QuestionRef> questions) {
        for (int q = 0; q < questions.size(); q++) {
            List<LineMarker.Reading> readings = LineMarker.readingsOfLabel(questions.get(q).label());
            boolean numbered = readings.contains(new LineMarker.Reading(LineMarker.Series.NUMBER, number))
                    && LineMarker.parentOfLabel(questions.get(q).label()) == 0;
            if (numbered || questions.get(q).label().isBlank() && q + 1 == number) {
                return q;
            }
        }
        return -1;
    }
}
