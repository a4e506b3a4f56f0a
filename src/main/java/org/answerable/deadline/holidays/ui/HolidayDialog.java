package org.answerable.deadline.holidays.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDate;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.base.ui.DatePickers;
import org.answerable.deadline.BankHoliday;
import org.answerable.deadline.Jurisdiction;
import org.answerable.deadline.holidays.HolidayService;
import org.answerable.deadline.holidays.StoredBankHoliday;
import org.answerable.deadline.DateText;

/** Add or correct one bank holiday. Closes only when the save worked, so nothing typed is lost. */
class HolidayDialog extends Dialog {

    final DatePicker date = DatePickers.of("Date");
    final TextField name = new TextField("Name");
    final Select<Jurisdiction> jurisdiction = new Select<>();
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Save");

    private final Binder<Draft> binder = new Binder<>();

    /** @param existing the holiday to correct, or null to add one */
    HolidayDialog(HolidayService holidays, StoredBankHoliday existing, Runnable onChanged) {
        setHeaderTitle(existing == null ? "Add bank holiday" : "Edit " + existing.getName());
        name.setMaxLength(StoredBankHoliday.NAME_MAX_LENGTH);
        name.setPlaceholder("e.g. Bank holiday for the coronation");
        jurisdiction.setLabel("Applies in");
        jurisdiction.setItems(Jurisdiction.values());
        jurisdiction.setItemLabelGenerator(Jurisdiction::displayName);
        problem.addClassName("field-error");
        problem.setVisible(false);

        binder.forField(date).asRequired("Choose the day of the holiday").bind(Draft::getDate, Draft::setDate);
        binder.forField(name).asRequired("Give the holiday a name")
                .withValidator(text -> !text.isBlank(), "Give the holiday a name")
                .bind(Draft::getName, Draft::setName);
        binder.forField(jurisdiction).asRequired("Choose the part of the UK where it is a bank holiday")
                .bind(Draft::getJurisdiction, Draft::setJurisdiction);
        Draft draft = existing == null ? new Draft() : Draft.of(existing);
        binder.readBean(draft);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(holidays, existing, draft, onChanged));
        add(new FormLayout(date, name, jurisdiction), problem);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(36rem, 95vw)");
    }

    private void save(HolidayService holidays, StoredBankHoliday existing, Draft draft, Runnable onChanged) {
        problem.setVisible(false);
        try {
            binder.writeBean(draft);
            BankHoliday holiday = new BankHoliday(draft.date, draft.name.strip(), draft.jurisdiction);
            if (existing == null) {
                holidays.add(holiday);
            } else {
                holidays.change(existing.getId(), existing.getVersion(), holiday);
            }
            Notification.show("Saved " + holiday.name() + " on " + DateText.of(holiday.date()),
                    5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onChanged.run();
            close();
        } catch (ValidationException ignored) {
            // the binder already shows each message next to its field
        } catch (InvalidInputException invalid) {
            if ("name".equals(invalid.field())) {
                name.setErrorMessage(invalid.getMessage());
                name.setInvalid(true);
            } else {
                date.setErrorMessage(invalid.getMessage());
                date.setInvalid(true);
            }
        } catch (ConcurrentEditException | NotFoundException gone) {
            // Another admin changed or removed it: the edits stay here, the list behind shows theirs.
            problem.setText(gone.getMessage() + " The list behind this dialog now shows the current holidays.");
            problem.setVisible(true);
            onChanged.run();
        }
    }

    /** The form's values; a record would not suit Binder, which sets one field at a time. */
    static final class Draft {
        private LocalDate date;
        private String name = "";
        private Jurisdiction jurisdiction;

        static Draft of(StoredBankHoliday stored) {
            Draft draft = new Draft();
            draft.date = stored.getDate();
            draft.name = stored.getName();
            draft.jurisdiction = stored.getJurisdiction();
            return draft;
        }

        LocalDate getDate() { return date; }
        void setDate(LocalDate date) { this.date = date; }
        String getName() { return name; }
        void setName(String name) { this.name = name; }
        Jurisdiction getJurisdiction() { return jurisdiction; }
        void setJurisdiction(Jurisdiction jurisdiction) { this.jurisdiction = jurisdiction; }
    }
}
