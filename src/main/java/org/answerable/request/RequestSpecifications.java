package org.answerable.request;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns the list filters into one query, always restricted to the caller's team. */
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
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().trim().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("authorityReference")), like, '\\'),
                        cb.like(cb.lower(root.get("requestText")), like, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
