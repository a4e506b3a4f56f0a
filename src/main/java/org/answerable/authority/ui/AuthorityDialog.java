package org.answerable.authority.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityForm;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Nation;
import org.answerable.authority.Regime;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;

/** Add or edit one authority. Closes only when the save worked, so nothing typed is lost. */
class AuthorityDialog extends Dialog {

    final TextField officialName = new TextField("Official name");
    final TextField shortName = new TextField("Short name");
    final Select<Nation> nation = new Select<>();
    final Select<Regime> defaultRegime = new Select<>();
    final TextField authorityType = new TextField("Type");
    final EmailField foiEmail = new EmailField("FOI email");
    final TextField website = new TextField("Website");
    final Button save = new Button("Save");

    private final BeanValidationBinder<AuthorityForm> binder = new BeanValidationBinder<>(AuthorityForm.class);

    AuthorityDialog(AuthorityService authorities, Authority existing, Consumer<Authority> onSaved) {
        setHeaderTitle(existing == null ? "Add authority" : "Edit " + existing.getOfficialName());
        officialName.setMaxLength(Authority.NAME_MAX_LENGTH);
        officialName.setRequired(true);
        shortName.setMaxLength(Authority.SHORT_NAME_MAX_LENGTH);
        nation.setLabel("Nation");
        nation.setItems(Nation.values());
        nation.setItemLabelGenerator(AuthoritiesView::nationLabel);
        nation.setEmptySelectionAllowed(true);
        nation.setEmptySelectionCaption(AuthoritiesView.nationLabel(null));
        nation.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                defaultRegime.setValue(e.getValue().defaultRegime());
            }
        });
        defaultRegime.setLabel("Law");
        defaultRegime.setItems(Regime.values());
        defaultRegime.setItemLabelGenerator(r -> r.name() + " (" + r.fullName() + ")");
        authorityType.setPlaceholder("e.g. Police force, NHS trust");
        website.setPlaceholder("https://");
        binder.bindInstanceFields(this);

        AuthorityForm form = existing == null ? new AuthorityForm() : AuthorityForm.of(existing);
        if (existing == null) {
            form.setDefaultRegime(Regime.FOIA);
        }
        binder.readBean(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                binder.writeBean(form);
                Authority saved = existing == null ? authorities.create(form) : authorities.update(existing.getId(), form);
                Notification.show("Saved " + saved.getOfficialName()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onSaved.accept(saved);
                close();
            } catch (ValidationException ignored) {
                // the binder already shows each message next to its field
            } catch (InvalidInputException problem) {
                officialName.setErrorMessage(problem.getMessage());
                officialName.setInvalid(true);
            } catch (ConcurrentEditException conflict) {
                Notification.show(conflict.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        FormLayout layout = new FormLayout(officialName, shortName, nation, defaultRegime, authorityType, foiEmail, website);
        add(layout);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
