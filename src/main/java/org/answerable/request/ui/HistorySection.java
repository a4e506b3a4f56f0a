package org.answerable.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.answerable.audit.AuditService;
import org.answerable.audit.HistoryLine;
import org.answerable.request.FoiRequest;

/** Who changed what on the request and everything that belongs to it, newest first. */
@org.springframework.stereotype.Component
class HistorySection implements RequestPageSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/London"));

    private final AuditService audit;

    HistorySection(AuditService audit) {
        this.audit = audit;
    }

    /** Last on the page: it records what the sections above show. */
    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        List<HistoryLine> history = audit.historyOf(request.getId());
        UnorderedList list = new UnorderedList();
        list.setId("history");
        list.addClassName("history");
        for (HistoryLine line : history) {
            for (String sentence : line.sentences()) {
                ListItem item = new ListItem(new Span(WHEN.format(line.at()) + " · "), new Span(sentence));
                if (!line.values().isEmpty()) {
                    Span values = new Span(line.values());
                    values.addClassName("history-values");
                    item.add(values);
                }
                list.add(item);
            }
        }
        Details details = new Details("History (" + history.size() + (history.size() == 1 ? " change)" : " changes)"),
                history.isEmpty() ? new Paragraph("No changes recorded yet.") : list);
        details.setId("history-section");
        return details;
    }
}
