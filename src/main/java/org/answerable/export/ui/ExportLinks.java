package org.answerable.export.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.answerable.base.ui.Downloads;
import org.answerable.export.ExportFormat;
import org.answerable.export.ExportTable;

/**
 * "Answers: CSV · Excel": one download link per format for a table built when clicked, so it
 * holds what is true at that moment. Any view can offer a table this way (a campaign's grid).
 */
public class ExportLinks extends HorizontalLayout {

    public ExportLinks(String what, Supplier<ExportTable> table) {
        addClassName("export-links");
        setSpacing(true);
        setAlignItems(Alignment.BASELINE);
        add(new Span(what + ":"));
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = Downloads.link(format.label(), "The " + format.label() + " file could not be made. "
                    + "Please try again, and tell your administrator if it fails again.", download(table, format));
            link.getElement().setAttribute("aria-label", what + " as " + format.label());
            add(link);
        }
    }

    /** The link for one format, for tests and for views that want to place it themselves. */
    public Anchor link(ExportFormat format) {
        return (Anchor) getComponentAt(1 + format.ordinal());
    }

    static DownloadHandler download(Supplier<ExportTable> table, ExportFormat format) {
        return event -> {
            ExportTable built = table.get();
            event.setFileName(format.fileName(built.name()));
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                format.write(built, out);
            }
        };
    }
}
