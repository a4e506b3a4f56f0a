package org.answerable.request.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.answerable.request.RequestStanding;

/** Where a request stands, as coloured text in the words every page uses: readable without colour too. */
public class StatusBadge extends Span {

    public StatusBadge(RequestStanding standing) {
        super(standing.label());
        addClassNames("status-badge", standing.name().toLowerCase(Locale.ROOT));
    }
}
