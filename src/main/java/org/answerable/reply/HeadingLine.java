package org.answerable.reply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The line above a table's rows read as its column headings. Spaced out ("Year    CSE    CCE") it
 * splits at the gaps; written with single spaces ("Information released? Total", "Year FOI Requests
 * received") the last words head the figures and the rest names the rows, except that a word for
 * periods ("Year", "Month") leads when the rows are periods.
 */
final class HeadingLine {

    private static final Pattern PERIOD_WORD = Pattern.compile("(?i)(?:financial\\s+|calendar\\s+)?(?:year|month|quarter|period|date)s?");
    private static final int LONGEST_HEADING = 80;

    private HeadingLine() {
    }

    /** The heading cells, or none when the line does not read as a heading for these rows. */
    static List<String> split(String line, List<List<String>> rows) {
        List<String> gapped = List.of(TableLine.WIDE_GAP.split(line));
        if (gapped.size() >= 2) {
            return gapped.stream().allMatch(c -> c.length() <= TableLine.SHORT_CELL) ? gapped : List.of();
        }
        if (line.isEmpty() || line.length() > LONGEST_HEADING || line.endsWith(".") || line.endsWith(":")
                || Arrays.stream(line.split(" ")).anyMatch(w -> Cell.of(w).isFigure())) {
            return List.of();
        }
        int figures = rows.stream().mapToInt(List::size).max().orElse(0) - 1;
        List<String> words = List.of(line.split(" +"));
        if (figures < 1 || words.size() < figures + 1) {
            return List.of();
        }
        boolean periods = rows.stream().allMatch(r -> TableLayout.isPeriod(r.getFirst()));
        if (periods && figures == 1 && PERIOD_WORD.matcher(words.getFirst()).matches()) {
            return List.of(words.getFirst(), String.join(" ", words.subList(1, words.size())));
        }
        List<String> cells = new ArrayList<>(List.of(String.join(" ", words.subList(0, words.size() - figures))));
        cells.addAll(words.subList(words.size() - figures, words.size()));
        return cells;
    }
}
