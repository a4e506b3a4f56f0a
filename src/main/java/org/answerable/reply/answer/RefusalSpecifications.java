package org.answerable.reply.answer;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.answerable.request.FoiRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The refusals view's filters over the answer table alone, using the copies of the request's date
 * and authority on each answer (V8), so the database reads a page in the order of index
 * {@code ix_answer_refusals} instead of joining and sorting every refusal of the team.
 */
final class RefusalSpecifications {

    /** Newest requests first, then the request's questions in order. */
    private static final Sort NEWEST_REQUESTS_FIRST = Sort.by(Sort.Order.desc("requestSent"), Sort.Order.asc("requestId"),
            Sort.Order.asc("questionOrder"));

    /**
     * {@link #NEWEST_REQUESTS_FIRST}, led by the columns the filter fixes, in the order of the
     * index that serves it ({@code ix_answer_refusals} or, for one authority,
     * {@code ix_answer_refusals_authority}): H2 reads an index in order, and stops after a page,
     * only when the ORDER BY starts with the index's own first columns.
     */
    static Sort newestRequestsFirst(RefusalFilter filter) {
        Sort fixed = filter.authorityId() == null ? Sort.by("teamId", "inRefusals")
                : Sort.by("teamId", "authorityId", "inRefusals");
        return fixed.and(NEWEST_REQUESTS_FIRST);
    }

    private RefusalSpecifications() {
    }

    /** {@code titlePattern} is a lower-case LIKE pattern or null. */
    static Specification<Answer> forTeam(Long teamId, RefusalFilter filter, String titlePattern) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("teamId"), teamId));
            where.add(cb.isTrue(root.get("inRefusals")));
            if (filter.authorityId() != null) {
                where.add(cb.equal(root.get("authorityId"), filter.authorityId()));
            }
            if (filter.sentFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("requestSent"), filter.sentFrom()));
            }
            if (filter.sentTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("requestSent"), filter.sentTo()));
            }
            if (titlePattern != null) {
                Subquery<Long> titled = query.subquery(Long.class);
                Root<FoiRequest> request = titled.from(FoiRequest.class);
                titled.select(request.get("id")).where(cb.equal(request.get("teamId"), teamId),
                        cb.like(cb.lower(request.get("title")), titlePattern));
                where.add(root.get("requestId").in(titled));
            }
            if (filter.campaignId() != null) {
                Subquery<Long> inCampaign = query.subquery(Long.class);
                Root<FoiRequest> request = inCampaign.from(FoiRequest.class);
                inCampaign.select(request.get("id")).where(cb.equal(request.get("teamId"), teamId),
                        cb.equal(request.get("campaignId"), filter.campaignId()));
                where.add(root.get("requestId").in(inCampaign));
            }
            if (filter.provisionCode() != null) {
                Subquery<Integer> citing = query.subquery(Integer.class);
                Root<Answer> same = citing.correlate(root);
                // A limb cited as written ("FOIA-s40(2)") counts under its section's filter.
                var code = same.join("provisions").<String>get("code");
                citing.select(cb.literal(1)).where(cb.or(cb.equal(code, filter.provisionCode()),
                        cb.like(code, filter.provisionCode() + "(%")));
                where.add(cb.exists(citing));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
