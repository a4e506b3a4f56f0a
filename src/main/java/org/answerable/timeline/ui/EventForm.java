package org.answerable.timeline.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.answerable.authority.Regime;
import org.answerable.base.InvalidInputException;
import org.answerable.request.FoiRequest;
import org.answerable.timeline.EventDraft;
import org.answerable.timeline.RequestEvent;
import org.answerable.timeline.TimelineEventType;
import org.answerable.timeline.TimelineService;

/** Adds one event to a request's timeline; a refused event leaves the form as typed. */
class EventForm extends HorizontalLayout {

    final Select<TimelineEventType> type = new Select<>();
    final DatePicker date = new DatePicker("Date");
    final DatePicker newDueDate = new DatePicker("New date given by the authority");
    final TextField note = new TextField("Note");
    final Button add = new Button("Add to timeline");

    EventForm(TimelineService timelines, FoiRequest request, Runnable onAdded) {
        type.setLabel("What happened");
        type.setItems(TimelineEventType.recordable());
        type.setItemLabelGenerator(TimelineEventType::label);
        type.setId("event-type");
        date.setId("event-date");
        date.setValue(LocalDate.now());
        date.setMax(LocalDate.now());
        newDueDate.setId("event-new-due");
        newDueDate.setVisible(false);
        newDueDate.setHelperText("FOIA public interest extension: the date in the authority's letter");
        type.addValueChangeListener(e -> newDueDate.setVisible(
                e.getValue() == TimelineEventType.EXTENSION && request.getRegime() == Regime.FOIA));
        note.setMaxLength(RequestEvent.NOTE_MAX_LENGTH);
        note.setId("event-note");
        add.setId("add-event");
        add.addClickListener(e -> {
            clearErrors();
            try {
                timelines.record(request.getId(), new EventDraft(type.getValue(), date.getValue(),
                        newDueDate.isVisible() ? newDueDate.getValue() : null, note.getValue()));
                Notification.show("Added to the timeline").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onAdded.run();
            } catch (InvalidInputException problem) {
                HasValidation field = switch (problem.field()) {
                    case "date" -> date;
                    case "note" -> note;
                    default -> type;
                };
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            }
        });
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(type, date, newDueDate, note, add);
    }

    private void clearErrors() {
        type.setInvalid(false);
        date.setInvalid(false);
        note.setInvalid(false);
    }
}
