package org.answerable.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.answerable.reply.Cell;
import org.answerable.reply.DataTable;

/** Invented but plausible tables, shaped like Leicester's real one so the comparison can chart them. */
final class DemoFigures {

    private static final List<String> AGE_COLUMNS = List.of("CSE 10-14", "CSE 15-19", "CE 10-14", "CE 15-19");

    private DemoFigures() {
    }

    /**
     * Cases per year 2015-2024 by age group, seeded so every demo is the same. Criminal exploitation
     * was not recorded before 2021 ("-"); one small count is suppressed ("<5"), as councils do.
     */
    static DataTable exploitationTable(long seed, boolean suppressOne) {
        Random random = new Random(seed);
        List<String> years = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (int year = 2015; year <= 2024; year++) {
            years.add(String.valueOf(year));
            List<Cell> row = new ArrayList<>();
            for (int column = 0; column < AGE_COLUMNS.size(); column++) {
                boolean criminal = column >= 2;
                if (criminal && year < 2021) {
                    row.add(Cell.of("-"));
                } else if (suppressOne && year == 2016 && column == 0) {
                    row.add(Cell.of("<5"));
                } else {
                    row.add(Cell.of(String.valueOf(10 + random.nextInt(criminal ? 50 : 120))));
                }
            }
            rows.add(row);
        }
        return new DataTable(AGE_COLUMNS, years, rows, "Year", "Age");
    }

    /** MASH helpline calls per year. */
    static DataTable callsTable(long seed) {
        Random random = new Random(seed);
        List<String> years = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (int year = 2015; year <= 2024; year++) {
            years.add(String.valueOf(year));
            rows.add(List.of(Cell.of(String.format("%,d", 3000 + random.nextInt(4000)))));
        }
        return new DataTable(List.of("Calls"), years, rows, "Year", "");
    }
}
