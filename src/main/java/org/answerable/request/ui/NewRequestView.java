package org.answerable.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.answerable.account.Roles;
import org.answerable.authority.AuthorityService;
import org.answerable.deadline.holidays.HolidayService;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;

@Route("requests/new")
@PageTitle("New request · Answerable")
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
class NewRequestView extends Main {

    final RequestForm form;
    final Button save = new Button("Save request");

    NewRequestView(RequestService requests, AuthorityService authorities, HolidayService holidays) {
        addClassName("view");
        form = new RequestForm(requests, authorities, holidays);
        form.edit(new RequestDraft());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        save.addClickListener(e -> form.save(requests::create).ifPresent(saved -> {
            Notification.show("Request saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class,
                    new RouteParameters(RequestDetailView.ID, saved.getId().toString())));
        }));
        Button cancel = new Button("Cancel", e -> getUI().ifPresent(ui -> ui.navigate(RequestsView.class)));
        add(new H2("New request"), form, new HorizontalLayout(save, cancel));
    }
}
