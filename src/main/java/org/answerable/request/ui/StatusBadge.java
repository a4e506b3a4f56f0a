package org.answerable.request.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.answerable.request.RequestStatus;

/** A request's status as coloured text: readable without colour too. */
public class StatusBadge extends Span {

    public StatusBadge(RequestStatus status) {
        super(status.label());
        addClassNames("status-badge", status.name().toLowerCase(Locale.ROOT));
    }
}
