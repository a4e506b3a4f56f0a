package org.answerable.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.component.html.Anchor;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.answerable.base.NotFoundException;

/**
 * Shown for an id that does not exist or belongs to another team: the page says the same in both
 * cases, so nobody can probe for other teams' data.
 */
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("view");
        add(new H2("Not found"), new Paragraph(parameter.getException().getMessage()
                + " It may have been removed, or the link may be wrong."),
                new Anchor("requests", "Back to requests"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
