package org.answerable.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * One table written as several blocks of the same row labels, each under its own heading: "End of
 * March 2023" then "1a – 27", "1b – 8"…, "End of June 23" then "1a – 36"… Each heading becomes a
 * column, as the authority would have laid it out in a spreadsheet.
 */
final class StackedBlocks {

    /** Rows of one label and one value under a heading; a blank heading when none stands above. */
    record Block(String heading, List<List<String>> rows) {}

    private StackedBlocks() {
    }

    /** The rows of the combined table (a header row first), or none when the blocks do not stack. */
    static List<List<String>> columns(List<Block> blocks) {
        List<Block> best = List.of();
        List<Block> run = new ArrayList<>();
        for (Block block : blocks) {
            if (!stacks(block) || (!run.isEmpty() && !labels(block).equals(labels(run.getFirst())))) {
                run = new ArrayList<>();
            }
            if (stacks(block)) {
                run.add(block);
            }
            if (run.size() > best.size()) {
                best = List.copyOf(run);
            }
        }
        if (best.size() < 2) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        best.forEach(b -> header.add(b.heading()));
        rows.add(header);
        for (int r = 0; r < best.getFirst().rows().size(); r++) {
            List<String> row = new ArrayList<>(List.of(best.getFirst().rows().get(r).getFirst()));
            for (Block block : best) {
                row.add(block.rows().get(r).get(1));
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean stacks(Block block) {
        return !block.heading().isBlank() && block.rows().size() >= 2 && block.rows().stream().allMatch(r -> r.size() == 2);
    }

    private static List<String> labels(Block block) {
        return block.rows().stream().map(List::getFirst).toList();
    }
}
