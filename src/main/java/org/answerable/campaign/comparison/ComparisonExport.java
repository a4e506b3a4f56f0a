package org.answerable.campaign.comparison;

import java.util.ArrayList;
import java.util.List;
import org.answerable.export.ExportTable;

/** The comparison grid as a spreadsheet: a row per authority, outcome, provisions and value per question. */
public final class ComparisonExport {

    private ComparisonExport() {
    }

    public static ExportTable of(ComparisonGrid grid) {
        List<List<Object>> rows = new ArrayList<>();
        grid.textRows().forEach(row -> rows.add(new ArrayList<>(row)));
        return new ExportTable("comparison " + grid.campaignName(), grid.headers(), rows);
    }
}
