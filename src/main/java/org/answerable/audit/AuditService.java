package org.answerable.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.answerable.account.AccountService;
import org.answerable.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the history: one request's for its team, and the whole log for administrators. */
@Service
public class AuditService {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("changedAt"), Sort.Order.desc("id"));

    private final AuditEntryRepository entries;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    AuditService(AuditEntryRepository entries, AccountService accounts, CurrentUser currentUser) {
        this.entries = entries;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Everything that happened to a request and what belongs to it, newest first; another team's request has none. */
    @Transactional(readOnly = true)
    public List<HistoryLine> historyOf(Long requestId) {
        return lines(entries.findByTeamIdAndRequestIdOrderByChangedAtDescIdDesc(currentUser.teamId(), requestId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<HistoryLine> search(AuditFilter filter, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        Page<AuditEntry> page = entries.findAll(matching(filter), newestFirst);
        return new PageImpl<>(lines(page.getContent()), newestFirst, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditFilter filter) {
        return entries.count(matching(filter));
    }

    /** The kinds of record the log holds, for the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> entityTypes() {
        return entries.findEntityTypes();
    }

    private List<HistoryLine> lines(List<AuditEntry> found) {
        Set<String> usernames = found.stream().map(AuditEntry::getUsername).collect(Collectors.toSet());
        Map<String, String> names = accounts.displayNames(usernames);
        return found.stream().map(e -> new HistoryLine(e.getId(), e.getChangedAt(), e.getTeamId(),
                names.getOrDefault(e.getUsername(), e.getUsername()), e.getEntityType(), e.getEntityLabel(),
                e.getRequestId(), e.getAction(), e.getChanges())).toList();
    }

    private static Specification<AuditEntry> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.teamId() != null) {
                where.add(cb.equal(root.get("teamId"), filter.teamId()));
            }
            if (filter.username() != null && !filter.username().isBlank()) {
                where.add(cb.equal(cb.lower(root.get("username")), filter.username().strip().toLowerCase(Locale.ROOT)));
            }
            if (filter.entityType() != null) {
                where.add(cb.equal(root.get("entityType"), filter.entityType()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("changedAt"), filter.from().atStartOfDay(UK).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("changedAt"), filter.to().plusDays(1).atStartOfDay(UK).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
