package org.answerable.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.answerable.mail.ReplyAddress;
import org.answerable.mail.SubjectTag;
import org.answerable.request.RequestService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The match rules' view of the signed-in team's requests (the mail poller signs in as the team's
 * mailbox): every answer is limited to that team, so mail can never be filed to another team's request.
 */
@Component
class TeamRequests implements MailMatcher.Requests {

    private final RequestService requests;
    private final ReplyAddress replyAddress;
    private final NamedParameterJdbcTemplate jdbc;

    TeamRequests(RequestService requests, ReplyAddress replyAddress, NamedParameterJdbcTemplate jdbc) {
        this.requests = requests;
        this.replyAddress = replyAddress;
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> byReplyAddress(List<String> recipients) {
        List<Long> ids = new ArrayList<>();
        recipients.forEach(address -> replyAddress.requestIdIn(address).ifPresent(ids::add));
        return requests.existing(ids);
    }

    /** The letters the sending feature recorded (V15's sent_mail), with or without angle brackets. */
    @Override
    public Set<Long> bySentMessageIds(List<String> messageIds) {
        List<String> forms = new ArrayList<>(messageIds);
        messageIds.forEach(id -> forms.add("<" + id + ">"));
        List<Long> found = jdbc.queryForList("select distinct request_id from sent_mail where message_id in (:ids)",
                new MapSqlParameterSource("ids", forms), Long.class);
        return requests.existing(found);
    }

    @Override
    public Set<Long> byTagIn(List<String> subjects) {
        Set<Long> ids = new HashSet<>();
        subjects.forEach(subject -> ids.addAll(SubjectTag.requestIdsIn(subject)));
        return requests.existing(ids);
    }

    @Override
    public Set<Long> byAuthorityReference(String normalisedReference) {
        return requests.withAuthorityReference(normalisedReference);
    }

    @Override
    public Set<Long> openByAuthorityDomain(String domain) {
        return requests.openToAuthorityDomain(domain);
    }
}
