package org.answerable.reply.corpus;

import org.answerable.reply.AnswerProposal;
import org.answerable.reply.corpus.CorpusCase.Expected;

/**
 * How a proposal does on one question's table: found where the reply has one in its text, and
 * every suppression marker the reply uses kept as written. Kept apart from the other figures so
 * that table reading can score itself more finely without touching them.
 */
record TableScore(int tablesExpected, int tablesFound, int tablesInvented, int markersExpected, int markersKept) {

    static final TableScore NONE = new TableScore(0, 0, 0, 0, 0);

    static TableScore of(Expected expected, AnswerProposal proposal) {
        boolean found = proposal.table().isPresent();
        int kept = (int) expected.suppressedMarkers().stream().filter(proposal.suppressedMarkers()::contains).count();
        return new TableScore(expected.hasTable() ? 1 : 0, expected.hasTable() && found ? 1 : 0,
                !expected.hasTable() && found ? 1 : 0, expected.suppressedMarkers().size(), kept);
    }

    TableScore plus(TableScore other) {
        return new TableScore(tablesExpected + other.tablesExpected, tablesFound + other.tablesFound,
                tablesInvented + other.tablesInvented, markersExpected + other.markersExpected, markersKept + other.markersKept);
    }

    String summary() {
        return "tables " + tablesFound + "/" + tablesExpected + (tablesInvented > 0 ? " (+" + tablesInvented + " invented)" : "")
                + ", suppressed markers kept " + markersKept + "/" + markersExpected;
    }
}
