package org.answerable.request;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests list's filters as conditions, always restricted to the caller's team. The free text
 * is matched word by word against the request's {@link SearchWords} ({@link RequestListQueries}
 * decides how).
 */
final class RequestSpecifications {

    private RequestSpecifications() {
    }

    /** The team and every filter except the free text. */
    static List<Predicate> filters(Root<FoiRequest> root, CriteriaBuilder cb, Long teamId, RequestFilter filter) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(root.get("teamId"), teamId));
        if (filter.authorityId() != null) {
            where.add(cb.equal(root.get("authority").get("id"), filter.authorityId()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(root.get("status"), filter.status()));
        }
        if (filter.sentFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("dateSent"), filter.sentFrom()));
        }
        if (filter.sentTo() != null) {
            where.add(cb.lessThanOrEqualTo(root.get("dateSent"), filter.sentTo()));
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
