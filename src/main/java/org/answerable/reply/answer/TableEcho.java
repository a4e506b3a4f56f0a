package org.answerable.reply.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.answerable.reply.Cell;
import org.answerable.reply.DataTable;

/**
 * An answer pasted with its table holds the table twice: once as the letter's lines of figures,
 * once read into the table. What is left of the text once those lines are taken out is what the
 * authority said around the figures ("not recorded before 2021"), worth showing beside the table.
 */
public final class TableEcho {

    /** Fewer words than this left over are headings and stray labels, not a statement. */
    static final int WORDS_THAT_SAY_SOMETHING = 4;
    /** A line is the table's when at least this share of its pieces are the table's headers or cells. */
    private static final double TABLE_SHARE = 0.6;

    private TableEcho() {
    }

    /** The answer's text without the lines that only repeat the table; blank when nothing else is said. */
    public static String beyondTable(String answerText, DataTable table) {
        if (answerText == null) {
            return "";
        }
        Set<String> tablePieces = pieces(table);
        String left = answerText.lines()
                .filter(line -> !isTableLine(line, tablePieces))
                .map(String::strip)
                .collect(Collectors.joining("\n"))
                .replaceAll("\n{3,}", "\n\n")
                .strip();
        long words = Stream.of(left.split("\\s+")).filter(w -> w.chars().filter(Character::isLetter).count() >= 2).count();
        return words >= WORDS_THAT_SAY_SOMETHING ? left : "";
    }

    private static boolean isTableLine(String line, Set<String> tablePieces) {
        List<String> pieces = split(line);
        if (pieces.isEmpty()) {
            return true;
        }
        long ofTable = pieces.stream().filter(tablePieces::contains).count();
        return ofTable >= TABLE_SHARE * pieces.size();
    }

    private static Set<String> pieces(DataTable table) {
        Set<String> pieces = new HashSet<>();
        Stream.of(table.columnHeaders(), table.rowHeaders(), List.of(table.rowDimension(), table.columnDimension()))
                .flatMap(List::stream).forEach(text -> pieces.addAll(split(text)));
        table.rows().stream().flatMap(List::stream).map(Cell::raw).forEach(text -> pieces.addAll(split(text)));
        return pieces;
    }

    private static List<String> split(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[\\s|]+")).filter(p -> !p.isBlank()).toList();
    }
}
