package org.answerable.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.answerable.account.Roles;
import org.answerable.authority.AuthorityService;
import org.answerable.deadline.holidays.HolidayService;
import org.answerable.base.ConcurrentEditException;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;

@Route("requests/:id/edit")
@PageTitle("Edit request · Answerable")
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
class EditRequestView extends Main implements BeforeEnterObserver {

    private final RequestService requests;
    final RequestForm form;
    final Button save = new Button("Save changes");
    private Long requestId;

    EditRequestView(RequestService requests, AuthorityService authorities, HolidayService holidays) {
        this.requests = requests;
        addClassName("view");
        form = new RequestForm(requests, authorities, holidays);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> showDetail());
        add(new H2("Edit request"), form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = RequestDetailView.idFrom(event);
        FoiRequest request = requests.get(requestId);
        form.edit(RequestDraft.of(request));
    }

    private void save() {
        try {
            form.save(draft -> requests.update(requestId, draft)).ifPresent(saved -> {
                Notification.show("Changes saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showDetail();
            });
        } catch (ConcurrentEditException e) {
            ConflictDialog.show(e.getMessage());
        }
    }

    private void showDetail() {
        getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class,
                new RouteParameters(RequestDetailView.ID, requestId.toString())));
    }
}
