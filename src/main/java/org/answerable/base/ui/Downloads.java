package org.answerable.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.Serializable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Download links that tell the user when the file could not be made. A file is made in the
 * download's own request, apart from the page: left alone, a failure there only leaves a dead
 * download in the browser and a stack trace in the log.
 */
public final class Downloads {

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);
    /** Without server push the page hears of a failed download only on its next request. */
    private static final int POLL_MILLIS = 1000;

    private Downloads() {
    }

    /** A link with the download attribute; when {@code make} fails the user reads {@code failureMessage}. */
    public static Anchor link(String text, String failureMessage, DownloadHandler make) {
        Anchor anchor = new Anchor(telling(failureMessage, make), text);
        anchor.getElement().setAttribute("download", true);
        // The page polls from the click until the download has been answered, so a failure's message shows at once.
        anchor.getElement().addEventListener("click", e -> Watch.of(UI.getCurrent()).clicked());
        return anchor;
    }

    /** {@code make}, but a failure shows {@code failureMessage} on the page and answers the browser with an error. */
    public static DownloadHandler telling(String failureMessage, DownloadHandler make) {
        return event -> {
            try {
                make.handleDownloadRequest(event);
                answered(event, null);
            } catch (IOException | RuntimeException e) {
                log.error("Download failed on {}: {}", event.getRequest().getPathInfo(), failureMessage, e);
                answered(event, failureMessage);
                // Ignored when part of the file has gone already; the message on the page still tells the user.
                event.getResponse().setStatus(HttpStatusCode.INTERNAL_SERVER_ERROR.getCode());
            }
        };
    }

    private static void answered(DownloadEvent event, String failureMessage) {
        UI ui = event.getUI();
        if (ui == null) {
            return;
        }
        ui.access(() -> {
            Watch.of(ui).answered();
            if (failureMessage != null) {
                Notification note = new Notification(failureMessage, 10_000, Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
                note.open();
            }
        });
    }

    /** Clicks and answers may arrive in either order; the page polls while a click has no answer yet. */
    private static final class Watch implements Serializable {
        private int clicks;
        private int answers;
        private final UI ui;

        private Watch(UI ui) {
            this.ui = ui;
        }

        static Watch of(UI ui) {
            Watch watch = ComponentUtil.getData(ui, Watch.class);
            if (watch == null) {
                watch = new Watch(ui);
                ComponentUtil.setData(ui, Watch.class, watch);
            }
            return watch;
        }

        void clicked() {
            clicks++;
            poll();
        }

        void answered() {
            answers++;
            poll();
        }

        private void poll() {
            if (clicks > answers) {
                ui.setPollInterval(POLL_MILLIS);
                return;
            }
            if (clicks == answers) {
                clicks = 0;
                answers = 0;
            }
            ui.setPollInterval(-1);
        }
    }
}
