package org.answerable.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.answerable.reply.DataTable;

/**
 * What a campaigner hands to a reviewer, the Commissioner or a journalist: the request, what the
 * authority said to each question and why, whether each deadline was met, where any challenge
 * stands, and how the other authorities of the campaign answered the same question.
 *
 * @param scope "Whole request", or the one question the pack is about ("Question 3")
 */
public record EvidencePack(LocalDate generatedOn, String scope, RequestSummary request,
        List<QuestionEvidence> questions, List<TimelineEntry> timeline, List<DeadlineCheck> deadlines,
        List<String> challenges) {

    public EvidencePack {
        questions = List.copyOf(questions);
        timeline = List.copyOf(timeline);
        deadlines = List.copyOf(deadlines);
        challenges = List.copyOf(challenges);
    }

    /**
     * @param campaign the campaign's name, empty for a request of its own
     * @param authorityReference the authority's reference for the request, empty if none was given
     */
    public record RequestSummary(String title, String authority, String law, String status, Optional<LocalDate> sent,
            Optional<LocalDate> received, String authorityReference, Optional<String> campaign, String requestText) {
    }

    /**
     * One question with the authority's answer. Texts are empty when the answer does not have them.
     *
     * @param outcome the outcome's label, or "No answer recorded"
     * @param provisions as "FOIA s12 – Cost of compliance exceeds the appropriate limit"
     * @param peers the other requests of the campaign asking the same question, empty outside a campaign
     */
    public record QuestionEvidence(String label, String text, String outcome, List<String> provisions,
            String answerText, String reasoning, Optional<Boolean> publicInterestTestStated, String costEstimate,
            String redirectTo, Optional<DataTable> table, List<PeerAnswer> peers) {

        public QuestionEvidence {
            provisions = List.copyOf(provisions);
            peers = List.copyOf(peers);
        }
    }

    /** How another authority of the same campaign answered the same question. */
    public record PeerAnswer(String authority, String outcome, List<String> provisions, String value) {

        public PeerAnswer {
            provisions = List.copyOf(provisions);
        }
    }

    /** Something that happened to the request, in date order. */
    public record TimelineEntry(LocalDate date, String what) {
    }
}
