package org.answerable.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's connection indicator ("Online", "Connection lost") sits outside every landmark, so a
 * screen reader user moving by landmark never meets it. As a status region it is announced when it
 * changes and belongs to no landmark, as WCAG's landmark rule allows for live regions.
 */
@Component
class ConnectionStatusLandmark implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(
                "document.querySelectorAll('vaadin-connection-indicator').forEach(i => i.setAttribute('role', 'status'))"));
    }
}
