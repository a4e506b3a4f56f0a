package org.answerable.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.answerable.api.ApiTokenService;
import org.answerable.api.ApiTokenSummary;
import org.answerable.base.InvalidInputException;
import org.answerable.base.ui.DatePickers;
import org.answerable.deadline.DateText;

/**
 * Personal tokens for the JSON API: made with a name and an optional last day, shown once, and
 * revoked here. Each reads only the team that was open when it was made.
 */
class ApiTokensPanel extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/London"));

    private final ApiTokenService tokens;
    final TextField name = new TextField("Token name");
    final DatePicker lastDay = DatePickers.of("Last day it works (optional)");
    final Button create = new Button("Create token");
    final TextField secret = new TextField("Your new token");
    final Button copy = new Button("Copy");
    final Grid<ApiTokenSummary> grid = new Grid<>();

    ApiTokensPanel(ApiTokenService tokens, String teamName) {
        this.tokens = tokens;
        setId("api-tokens");
        name.setMaxLength(ApiTokenService.NAME_MAX_LENGTH);
        name.setPlaceholder("e.g. data desk notebook");
        lastDay.setMin(LocalDate.now(ZoneId.of("Europe/London")));
        lastDay.setClearButtonVisible(true);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(name, lastDay, create);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);

        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText("Copy it now and keep it somewhere safe: it is shown only once. Anyone holding it can read "
                + "this team's requests and answers until you revoke it.");
        copy.addClickListener(e -> copy.getElement().executeJs("navigator.clipboard.writeText($0)", secret.getValue())
                .then(ok -> Notification.show("Token copied")));
        HorizontalLayout shown = new HorizontalLayout(secret, copy);
        shown.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        shown.setWidthFull();
        shown.setVisible(false);
        secret.addValueChangeListener(e -> shown.setVisible(!e.getValue().isEmpty()));

        grid.addColumn(ApiTokenSummary::name).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(t -> WHEN.format(t.createdAt())).setHeader("Created").setKey("created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : WHEN.format(t.lastUsedAt())).setHeader("Last used")
                .setKey("lastUsed");
        grid.addColumn(t -> t.expiresOn() == null ? "Until revoked" : DateText.of(t.expiresOn())).setHeader("Last day")
                .setKey("lastDay");
        grid.addColumn(ApiTokensPanel::status).setHeader("Status").setKey("status");
        grid.addComponentColumn(this::revokeButton).setHeader("Actions").setKey("revoke");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("You have no API tokens for this team.");

        add(new H3("API tokens"),
                new Paragraph("A token lets a script or notebook read this team's (" + teamName + ") requests and "
                        + "answers through the read-only JSON API at /api/v1, with your rights. It works only for the "
                        + "team open now; it stops if you revoke it, after its last day, or if your account is disabled."),
                form, shown, grid);
        refresh();
    }

    private Button revokeButton(ApiTokenSummary token) {
        Button revoke = new Button("Revoke", e -> {
            tokens.revoke(token.id());
            Notification.show("\"" + token.name() + "\" no longer works").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setVisible(!token.revoked());
        return revoke;
    }

    private void create() {
        name.setInvalid(false);
        lastDay.setInvalid(false);
        try {
            ApiTokenService.IssuedToken issued = tokens.create(name.getValue(), lastDay.getValue());
            secret.setValue(issued.secret());
            name.clear();
            lastDay.clear();
            refresh();
        } catch (InvalidInputException problem) {
            if (problem.field().equals("expiresOn")) {
                lastDay.setErrorMessage(problem.getMessage());
                lastDay.setInvalid(true);
            } else {
                name.setErrorMessage(problem.getMessage());
                name.setInvalid(true);
            }
        }
    }

    private static String status(ApiTokenSummary token) {
        if (token.revoked()) {
            return "Revoked";
        }
        return token.works() ? "Active" : "Expired";
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
