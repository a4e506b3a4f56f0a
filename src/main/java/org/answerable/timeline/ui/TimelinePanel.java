package org.answerable.timeline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Locale;
import org.answerable.deadline.ClockReading;
import org.answerable.deadline.DateText;
import org.answerable.request.FoiRequest;
import org.answerable.timeline.RequestEvent;
import org.answerable.timeline.Timeline;
import org.answerable.timeline.TimelineService;

/**
 * The request's clock today and how it was worked out (at the top of the request page), or its
 * dated events with the form to add one (further down).
 */
class TimelinePanel extends Composite<VerticalLayout> {

    enum Part { CLOCK, EVENTS }

    private final TimelineService timelines;
    private final Long requestId;
    private final boolean canEdit;

    TimelinePanel(TimelineService timelines, Long requestId, boolean canEdit, Part part) {
        this.timelines = timelines;
        this.requestId = requestId;
        this.canEdit = canEdit;
        getContent().setPadding(false);
        getContent().setId(part == Part.CLOCK ? "deadline" : "timeline");
        Timeline timeline = timelines.timelineOf(requestId);
        if (part == Part.CLOCK) {
            renderClock(timeline);
        } else {
            renderEvents(timeline);
        }
    }

    private void renderClock(Timeline timeline) {
        getContent().add(new H3("Deadline"));
        timeline.clock().ifPresentOrElse(this::showClock, () -> showNoClock(timeline));
        Anchor ics = new Anchor("calendar/request/" + requestId + ".ics", "Add these deadlines to my calendar (.ics)");
        ics.getElement().setAttribute("download", true);
        ics.setRouterIgnore(true);
        getContent().add(ics);
    }

    private void renderEvents(Timeline timeline) {
        getContent().add(new H3("Timeline"), eventList(timeline));
        if (canEdit) {
            getContent().add(new EventForm(timelines, timeline.request(), this::refreshPage));
        }
    }

    /** Not sent yet, or sent where the clock can't be counted (e.g. before the known bank holidays). */
    private void showNoClock(Timeline timeline) {
        if (timeline.request().getDateReceived() != null) {
            Span state = new Span("Not computed");
            state.addClassNames("clock-state", "not-computed");
            state.setId("clock-state");
            Div summary = new Div(state);
            summary.addClassName("clock-summary");
            getContent().add(summary);
        }
        getContent().add(new Paragraph(timeline.clockProblem().orElse("")));
    }

    private void showClock(ClockReading reading) {
        Span state = new Span(reading.state().label());
        state.addClassNames("clock-state", reading.state().name().toLowerCase(Locale.ROOT));
        state.setId("clock-state");
        Div summary = new Div(state);
        summary.addClassName("clock-summary");
        reading.responseDue().ifPresent(d -> summary.add(line("Response due", d, "response-due")));
        reading.longOverdueAfter().ifPresent(d -> summary.add(line("Long overdue after", d, "long-overdue")));
        reading.lastDayToPayFee().ifPresent(d -> summary.add(line("Fee must be paid by", d, "fee-deadline")));
        getContent().add(summary);
        reading.warnings().forEach(w -> {
            Span warning = new Span(w);
            warning.addClassName("clock-warning");
            getContent().add(warning);
        });
        UnorderedList lines = new UnorderedList();
        reading.explanation().forEach(text -> lines.add(new ListItem(text)));
        getContent().add(new Details("How this date was worked out", lines));
    }

    private static Div line(String label, LocalDate date, String id) {
        Span value = new Span(DateText.of(date));
        value.setId(id);
        return new Div(new Span(label + ": "), value);
    }

    private UnorderedList eventList(Timeline timeline) {
        FoiRequest request = timeline.request();
        UnorderedList list = new UnorderedList();
        list.addClassName("timeline");
        list.setId("timeline-events");
        if (request.getDateSent() == null) {
            list.add(new ListItem("Not sent yet"));
            return list;
        }
        list.add(new ListItem(DateText.of(request.getDateSent()) + " · Sent (" + request.getChannel().label() + ")"));
        if (!request.getDateReceived().equals(request.getDateSent())) {
            list.add(new ListItem(DateText.of(request.getDateReceived()) + " · Received by the authority"));
        }
        timeline.events().forEach(event -> list.add(item(event)));
        return list;
    }

    private ListItem item(RequestEvent event) {
        StringBuilder text = new StringBuilder(DateText.of(event.getDate())).append(" · ").append(event.getType().label());
        if (event.getNewDueDate() != null) {
            text.append(" (new date: ").append(DateText.of(event.getNewDueDate())).append(")");
        }
        if (event.getNote() != null) {
            text.append(" — ").append(event.getNote());
        }
        ListItem item = new ListItem(new Span(text.toString()));
        if (canEdit) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                timelines.remove(requestId, event.getId());
                refreshPage();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel("Remove " + event.getType().label().toLowerCase(Locale.ROOT) + " of " + DateText.of(event.getDate()));
            remove.setTooltipText("Remove this event");
            item.add(remove);
        }
        return item;
    }

    /** Status and dates appear elsewhere on the page too, so redraw it whole. */
    private void refreshPage() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
