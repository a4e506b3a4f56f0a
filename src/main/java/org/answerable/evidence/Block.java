package org.answerable.evidence;

import java.util.List;

/**
 * A piece of an evidence pack as both renderers draw it, so the PDF and the Word file say the same
 * things in the same order.
 */
sealed interface Block {

    /** Level 1 is the document's title. */
    record Heading(int level, String text) implements Block {
    }

    record Text(String text, boolean small) implements Block {
    }

    /** "Outcome: Refused". */
    record Field(String label, String value) implements Block {
    }

    record Table(List<String> headers, List<List<String>> rows) implements Block {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
