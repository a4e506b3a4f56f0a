package org.answerable.request;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The requests list's filters as conditions, always restricted to the caller's team. The free text
 * is matched word by word against the request's {@link SearchWords} ({@link RequestListQueries}
 * decides how).
 */
final class RequestSpecifications {

    private RequestSpecifications() {
    }

    /**
     * What a standing filter needs besides the request's own columns: today, and the requests with
     * a review under way (few: a team challenges a handful of answers at a time).
     */
    record StandingContext(LocalDate today, Set<Long> underReview) {
    }

    /**
     * {@code dateRangeByIndex} false hides the date range from H2's index choice: given a range, H2
     * always reads the date index and then sorts every request in it (65 ms for two years of
     * 100,000 requests), where reading the index of the column sorted on, which also carries the
     * date sent, and checking the date stops after one page (7 ms).
     */
    static List<Predicate> filters(Root<FoiRequest> root, CriteriaBuilder cb, Long teamId, RequestFilter filter,
            boolean dateRangeByIndex, StandingContext context) {
        Expression<LocalDate> sent = dateRangeByIndex ? root.get("dateSent")
                : cb.coalesce(root.<LocalDate>get("dateSent"), root.<LocalDate>get("dateSent"));
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(root.get("teamId"), teamId));
        if (filter.authorityId() != null) {
            where.add(cb.equal(root.get("authority").get("id"), filter.authorityId()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(root.get("status"), filter.status()));
        }
        if (filter.standing() != null) {
            where.addAll(standing(root, cb, filter.standing(), context));
        }
        if (filter.sentFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(sent, filter.sentFrom()));
        }
        if (filter.sentTo() != null) {
            where.add(cb.lessThanOrEqualTo(sent, filter.sentTo()));
        }
        return where;
    }

    /** The conditions {@link RequestStanding#of} reads, the other way round. */
    private static List<Predicate> standing(Root<FoiRequest> root, CriteriaBuilder cb, RequestStanding standing,
            StandingContext context) {
        List<Predicate> where = new ArrayList<>();
        Set<Long> underReview = context.underReview();
        if (standing == RequestStanding.IN_REVIEW) {
            where.add(underReview.isEmpty() ? cb.disjunction() : root.get("id").in(underReview));
            where.add(root.get("status").in(RequestStatus.DRAFT, RequestStatus.CLOSED).not());
            return where;
        }
        where.add(cb.equal(root.get("status"), standing.storedStatus()));
        if (standing != RequestStanding.NOT_SENT && standing != RequestStanding.CLOSED && !underReview.isEmpty()) {
            where.add(root.get("id").in(underReview).not());
        }
        if (standing == RequestStanding.OVERDUE) {
            where.add(cb.lessThan(root.get("responseDue"), context.today()));
        } else if (standing == RequestStanding.AWAITING) {
            where.add(cb.or(cb.isNull(root.get("responseDue")),
                    cb.greaterThanOrEqualTo(root.get("responseDue"), context.today())));
        }
        return where;
    }

    /** Whether this request has a word starting with {@code word}: one primary-key lookup per request. */
    static Predicate hasWordStarting(Root<FoiRequest> root, AbstractQuery<?> query, CriteriaBuilder cb, String word) {
        Subquery<Integer> words = query.subquery(Integer.class);
        Root<IndexedWord> indexed = words.from(IndexedWord.class);
        return cb.exists(words.select(cb.literal(1)).where(
                cb.equal(indexed.get("key").get("requestId"), root.get("id")),
                cb.like(indexed.get("key").get("word"), word + "%")));
    }
}
