package org.answerable.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.answerable.export.ExportService;
import org.answerable.request.FoiRequest;
import org.answerable.request.ui.RequestPageSection;

/** Under the answers on the request page: this request's answers and figures to download. */
@org.springframework.stereotype.Component
class RequestExportsSection implements RequestPageSection {

    private final ExportService exports;

    RequestExportsSection(ExportService exports) {
        this.exports = exports;
    }

    /** Right after the answers (5). */
    @Override
    public int order() {
        return 6;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        Long id = request.getId();
        HorizontalLayout links = new HorizontalLayout(
                new ExportLinks("Download answers", () -> exports.answers(id)),
                new ExportLinks("Data values", () -> exports.dataValues(id)));
        links.setId("request-downloads");
        links.setWrap(true);
        return links;
    }
}
