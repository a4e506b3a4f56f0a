package org.answerable.request;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns the list filters into one query, always restricted to the caller's team. The free text is
 * matched word by word against the request's {@link SearchWords}.
 */
final class RequestSpecifications {

    private RequestSpecifications() {
    }

    static Specification<FoiRequest> forTeam(Long teamId, RequestFilter filter) {
        return (root, query, cb) -> {
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
            if (filter.text() != null) {
                for (String word : SearchWords.of(filter.text())) {
                    where.add(root.get("id").in(requestsWithWordStarting(query, cb, teamId, word)));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Not correlated with the outer request: the database reads it from the word index alone. */
    private static Subquery<Long> requestsWithWordStarting(CriteriaQuery<?> query, CriteriaBuilder cb, Long teamId,
            String word) {
        Subquery<Long> requests = query.subquery(Long.class);
        Root<IndexedWord> words = requests.from(IndexedWord.class);
        return requests.select(words.get("key").get("requestId"))
                .where(cb.equal(words.get("teamId"), teamId), cb.like(words.get("key").get("word"), word + "%"));
    }
}
