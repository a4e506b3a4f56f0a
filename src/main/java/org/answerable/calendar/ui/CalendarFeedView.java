package org.answerable.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.answerable.calendar.CalendarFeedService;

/** Subscribe a calendar app to the team's deadlines through a secret, revocable link. */
@Route("calendar")
@PageTitle("Calendar feed · Answerable")
@Menu(order = 40, title = "Calendar feed")
@PermitAll
class CalendarFeedView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private final CalendarFeedService feeds;
    final TextField link = new TextField("Your calendar link");
    final Button create = new Button("Create a new link");
    final Button revoke = new Button("Stop the link working");
    private final Paragraph status = new Paragraph();

    CalendarFeedView(CalendarFeedService feeds) {
        this.feeds = feeds;
        addClassName("view");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        link.setHelperText("Copy it into your calendar app (\"subscribe by URL\"). It is shown only now.");
        link.setId("feed-link");
        status.setId("feed-status");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            link.setValue(baseUrl() + "calendar/" + feeds.createFeed() + ".ics");
            link.setVisible(true);
            showStatus();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(e -> {
            feeds.revoke();
            link.setVisible(false);
            showStatus();
        });
        add(new H2("Calendar feed"),
                new Paragraph("Your team's deadlines (responses due, overdue requests, and later review and "
                        + "complaint windows) as a calendar you can subscribe to in Outlook, Google or Apple Calendar. "
                        + "Anyone with the link can see the deadlines' titles, so keep it private; you can stop it "
                        + "working at any time."),
                status, link, new HorizontalLayout(create, revoke));
        showStatus();
    }

    private void showStatus() {
        feeds.activeFeedCreatedAt().ifPresentOrElse(created -> {
            status.setText("A link created on " + WHEN.format(created) + " is active. Creating a new one stops the old one.");
            revoke.setEnabled(true);
        }, () -> {
            status.setText("You have no active calendar link.");
            revoke.setEnabled(false);
        });
    }

    private static String baseUrl() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/";
    }
}
