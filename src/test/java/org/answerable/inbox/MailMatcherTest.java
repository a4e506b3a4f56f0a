package org.answerable.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.answerable.inbox.ReceivedMail.AutomationSignals;
import org.junit.jupiter.api.Test;

class MailMatcherTest {

    /** The team's requests: 1 and 2 at leicester.gov.uk (2 closed), 3 at york.gov.uk, 4 and 5 at leeds.gov.uk. */
    static class TeamRequests implements MailMatcher.Requests {
        final Map<String, Long> replyAddresses = Map.of("foi+ans-1-good@example.org", 1L, "foi+ans-3-good@example.org", 3L);
        final Map<String, Long> sent = Map.of("sent-1@app", 1L, "sent-3@app", 3L);
        final Map<String, Set<Long>> references = new HashMap<>(Map.of("FOI651119421", Set.of(3L), "FOI-9", Set.of(4L, 5L)));
        final Map<String, Set<Long>> openByDomain = Map.of("leicester.gov.uk", Set.of(1L), "leeds.gov.uk", Set.of(4L, 5L));
        final Set<Long> team = Set.of(1L, 2L, 3L, 4L, 5L);

        @Override public Set<Long> byReplyAddress(List<String> recipients) {
            Set<Long> found = new HashSet<>();
            recipients.forEach(r -> { if (replyAddresses.containsKey(r)) found.add(replyAddresses.get(r)); });
            return found;
        }
        @Override public Set<Long> bySentMessageIds(List<String> ids) {
            Set<Long> found = new HashSet<>();
            ids.forEach(id -> { if (sent.containsKey(id)) found.add(sent.get(id)); });
            return found;
        }
        @Override public Set<Long> byTagIn(List<String> subjects) {
            Set<Long> found = new HashSet<>();
            for (String s : subjects) {
                Matcher m = Pattern.compile("\\[ANS-(\\d+)]").matcher(s);
                while (m.find()) {
                    long id = Long.parseLong(m.group(1));
                    if (team.contains(id)) found.add(id);
                }
            }
            return found;
        }
        @Override public Set<Long> byAuthorityReference(String reference) {
            return references.getOrDefault(reference, Set.of());
        }
        @Override public Set<Long> openByAuthorityDomain(String domain) {
            return openByDomain.getOrDefault(domain, Set.of());
        }
    }

    private final MailMatcher matcher = new MailMatcher(new TeamRequests());

    static ReceivedMail mail(String from, List<String> to, List<String> references, String subject, String text) {
        return new ReceivedMail("m@x", references, from, null, to, subject, null, text, List.of(), null,
                AutomationSignals.NONE, List.of(), "hash");
    }

    @Test
    void the_request_address_comes_first_and_names_every_request_it_reaches() {
        MailMatch match = matcher.match(mail("foi@york.gov.uk", List.of("foi+ans-1-good@example.org",
                "foi+ans-3-good@example.org"), List.of("sent-1@app"), "RE: [ANS-2]", ""));

        assertThat(match.rule()).isEqualTo(MatchRule.REPLY_ADDRESS);
        assertThat(match.requestIds()).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void a_forged_or_unknown_request_address_falls_through_to_the_next_rules() {
        MailMatch match = matcher.match(mail("foi@york.gov.uk", List.of("foi+ans-1-forged@example.org"),
                List.of("unknown@elsewhere", "sent-3@app"), "RE: request", ""));

        assertThat(match.rule()).isEqualTo(MatchRule.IN_REPLY_TO);
        assertThat(match.requestIds()).containsExactly(3L);
    }

    @Test
    void a_subject_tag_of_our_team_matches_and_a_campaign_answer_goes_to_each_tagged_request() {
        assertThat(matcher.match(mail("x@nowhere.org", List.of(), List.of(), "RE: [ANS-2] and [ANS-3] [ANS-99]", "")))
                .isEqualTo(new MailMatch(MatchRule.SUBJECT_TAG, Set.of(2L, 3L), null));
    }

    @Test
    void a_reference_recorded_on_exactly_one_request_matches() {
        assertThat(matcher.match(mail("x@nowhere.org", List.of(), List.of(), "Your request FOI651119421", "")))
                .isEqualTo(new MailMatch(MatchRule.AUTHORITY_REFERENCE, Set.of(3L), null));
    }

    @Test
    void the_sender_domain_matches_only_when_one_open_request_went_there() {
        assertThat(matcher.match(mail("someone@leicester.gov.uk", List.of(), List.of(), "Hello", "")))
                .isEqualTo(new MailMatch(MatchRule.SENDER_DOMAIN, Set.of(1L), null));

        MailMatch leeds = matcher.match(mail("foi@leeds.gov.uk", List.of(), List.of(), "Our ref FOI-9", ""));
        assertThat(leeds.matched()).isFalse();
        assertThat(leeds.reason()).contains("FOI-9 is recorded on 2 requests", "2 open requests went to authorities at leeds.gov.uk");
    }

    @Test
    void mail_naming_nothing_goes_to_the_inbox_with_the_reason() {
        MailMatch match = matcher.match(mail("spam@shop.example", List.of("foi@example.org"), List.of(), "Offer", "Buy"));

        assertThat(match.matched()).isFalse();
        assertThat(match.reason()).isEqualTo("Nothing in it names one of the team's requests.");
    }
}
