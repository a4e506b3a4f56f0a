package org.answerable.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Supplier;
import org.answerable.export.ExportService;
import org.answerable.request.RequestFilter;
import org.answerable.request.ui.RequestListAction;

/** Downloads on the requests page, of the requests its filters select. */
@org.springframework.stereotype.Component
class RequestListExports implements RequestListAction {

    private final ExportService exports;

    RequestListExports(ExportService exports) {
        this.exports = exports;
    }

    @Override
    public Component create(Supplier<RequestFilter> currentFilter) {
        HorizontalLayout links = new HorizontalLayout(
                new ExportLinks("Download requests", () -> exports.requests(currentFilter.get())),
                new ExportLinks("Answers", () -> exports.answers(currentFilter.get())),
                new ExportLinks("Data values", () -> exports.dataValues(currentFilter.get())));
        links.setId("request-list-downloads");
        links.setWrap(true);
        return links;
    }
}
