package org.answerable.request;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.answerable.request.RequestSpecifications.StandingContext;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The requests list's page and count, shaped so that the database reads about one page of rows
 * rather than all of a team's (issue 8: p95 of 50 ms at 100,000 requests).
 *
 * <p>A page is first a list of ids, read in the order of a covering index (V12: team, sort column,
 * id, filter columns), then its requests by id. A free-text search takes one of two shapes, chosen
 * by how many requests its rarest word matches: a common word is checked request by request while
 * the index is read in order, which stops after one page; a rare word drives the query from the word
 * index instead, as checking every request for it would read them all.
 */
@Component
class RequestListQueries {

    /** Fewer word matches than this are read from the word index; more, checked in sort order. */
    static final int FEW_MATCHES = 2_000;
    static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "dateSent");

    private final EntityManager entityManager;
    private final int fewMatches;

    @Autowired
    RequestListQueries(EntityManager entityManager) {
        this(entityManager, FEW_MATCHES);
    }

    /** {@code fewMatches}: below it, a word's matches are read from the word index (tests try both shapes). */
    RequestListQueries(EntityManager entityManager, int fewMatches) {
        this.entityManager = entityManager;
        this.fewMatches = fewMatches;
    }

    List<Long> pageOfIds(Long teamId, RequestFilter filter, StandingContext context, Pageable pageable) {
        Search search = search(teamId, filter);
        if (search.nothingMatches()) {
            return List.of();
        }
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : DEFAULT_SORT;
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<FoiRequest> request = query.from(FoiRequest.class);
        // Sorting a few hundred word matches needs no index; anything more is read in index order.
        boolean inIndexOrder = search.rareWordMatches() == null;
        boolean sortedBySent = sort.iterator().next().getProperty().equals("dateSent");
        query.select(request.get("id"))
                .where(conditions(teamId, filter, context, search, request, query, cb, !inIndexOrder || sortedBySent))
                .orderBy(orderOf(request, cb, sort, inIndexOrder));
        TypedQuery<Long> ids = entityManager.createQuery(query);
        ids.setFirstResult((int) pageable.getOffset());
        ids.setMaxResults(pageable.getPageSize());
        return ids.getResultList();
    }

    long count(Long teamId, RequestFilter filter, StandingContext context) {
        Search search = search(teamId, filter);
        if (search.nothingMatches()) {
            return 0;
        }
        boolean otherFilters = !new RequestFilter(filter.authorityId(), filter.status(), null, filter.sentFrom(),
                filter.sentTo(), filter.standing()).equals(RequestFilter.none());
        if (!search.rarestFirst().isEmpty() && !otherFilters) {
            return requestsWithAllWords(teamId, search).size();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<FoiRequest> request = query.from(FoiRequest.class);
        if (search.rarestFirst().isEmpty() || search.rareWordMatches() != null) {
            query.select(cb.count(request)).where(conditions(teamId, filter, context, search, request, query, cb));
        } else {
            // A common word and other filters: counted from the word's index entries, each joined to
            // its request, rather than checking every request the other filters leave.
            Root<IndexedWord> word = query.from(IndexedWord.class);
            List<Predicate> where = new ArrayList<>(List.of(conditions(teamId, filter, context,
                    new Search(search.rarestFirst().subList(1, search.rarestFirst().size()), null), request, query, cb)));
            where.add(cb.equal(word.get("teamId"), teamId));
            where.add(cb.like(word.get("key").get("word"), search.rarestFirst().getFirst() + "%"));
            where.add(cb.equal(word.get("key").get("requestId"), request.get("id")));
            query.select(cb.countDistinct(word.get("key").get("requestId"))).where(where.toArray(Predicate[]::new));
        }
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * The search words, rarest first, and the requests the rarest one matches when they are few
     * ({@code null} when they are many).
     */
    private record Search(List<String> rarestFirst, Set<Long> rareWordMatches) {

        boolean nothingMatches() {
            return rareWordMatches != null && rareWordMatches.isEmpty();
        }
    }

    private Search search(Long teamId, RequestFilter filter) {
        List<String> words = rarestFirst(teamId, SearchWords.of(filter.text()));
        if (words.isEmpty()) {
            return new Search(words, null);
        }
        // Up to fewMatches entries: all of them when the word is rare, and then they are the matches.
        List<Long> entries = wordQuery(teamId, words.getFirst()).setMaxResults(fewMatches).getResultList();
        return new Search(words, entries.size() < fewMatches ? new HashSet<>(entries) : null);
    }

    /** The filters; each search word is checked request by request, unless its matches are listed outright. */
    private static Predicate[] conditions(Long teamId, RequestFilter filter, StandingContext context, Search search,
            Root<FoiRequest> request, CriteriaQuery<?> query, CriteriaBuilder cb) {
        return conditions(teamId, filter, context, search, request, query, cb, true);
    }

    private static Predicate[] conditions(Long teamId, RequestFilter filter, StandingContext context, Search search,
            Root<FoiRequest> request, CriteriaQuery<?> query, CriteriaBuilder cb, boolean dateRangeByIndex) {
        List<Predicate> where = RequestSpecifications.filters(request, cb, teamId, filter, dateRangeByIndex, context);
        List<String> words = search.rarestFirst();
        if (search.rareWordMatches() != null) {
            where.add(request.get("id").in(search.rareWordMatches()));
            words = words.subList(1, words.size());
        }
        words.forEach(word -> where.add(RequestSpecifications.hasWordStarting(request, query, cb, word)));
        return where.toArray(Predicate[]::new);
    }

    /**
     * The team's first, then the chosen column, then the id, so the database can read the matching
     * index in order and stop after a page (the team is fixed by the filter, so the order is the
     * same), and so equal values never swap places between pages.
     */
    private static List<Order> orderOf(Root<FoiRequest> request, CriteriaBuilder cb, Sort sort, boolean byIndex) {
        List<Order> order = new ArrayList<>();
        if (byIndex) {
            order.add(cb.asc(request.get("teamId")));
        }
        Sort.Direction last = Sort.Direction.ASC;
        for (Sort.Order by : sort) {
            Path<?> column = request.get(by.getProperty().equals("authority.officialName") ? "authorityName"
                    : by.getProperty());
            order.add(by.isAscending() ? cb.asc(column) : cb.desc(column));
            last = by.getDirection();
        }
        order.add(last.isAscending() ? cb.asc(request.get("id")) : cb.desc(request.get("id")));
        return order;
    }

    /** The words, the one matching fewest requests first (counted up to {@code fewMatches}). */
    private List<String> rarestFirst(Long teamId, Set<String> words) {
        if (words.size() < 2) {
            return List.copyOf(words);
        }
        Map<String, Integer> matches = new HashMap<>();
        words.forEach(word -> matches.put(word, matches(teamId, word)));
        return words.stream().sorted(Comparator.comparing((String word) -> matches.get(word))
                .thenComparing(Comparator.comparingInt(String::length).reversed())).toList();
    }

    /** Index entries starting with the word, counted up to {@code fewMatches}: enough to choose a shape. */
    private int matches(Long teamId, String word) {
        return wordQuery(teamId, word).setMaxResults(fewMatches).getResultList().size();
    }

    /**
     * Read from the word index alone (the words are plain letters and digits, see SearchWords),
     * starting from the rare word's matches when the search already has them.
     */
    private Set<Long> requestsWithAllWords(Long teamId, Search search) {
        Set<Long> found = search.rareWordMatches() == null ? null : new HashSet<>(search.rareWordMatches());
        for (String word : search.rarestFirst().subList(found == null ? 0 : 1, search.rarestFirst().size())) {
            if (found != null && found.isEmpty()) {
                break;
            }
            Set<Long> withWord = new HashSet<>(wordQuery(teamId, word).getResultList());
            if (found == null) {
                found = withWord;
            } else {
                found.retainAll(withWord);
            }
        }
        return found == null ? Set.of() : found;
    }

    private TypedQuery<Long> wordQuery(Long teamId, String word) {
        // No "distinct": the caller's set drops repeats, and the database then reads the index alone.
        return entityManager.createQuery("select w.key.requestId from IndexedWord w"
                        + " where w.teamId = :teamId and w.key.word like :prefix", Long.class)
                .setParameter("teamId", teamId)
                .setParameter("prefix", word + "%");
    }
}
