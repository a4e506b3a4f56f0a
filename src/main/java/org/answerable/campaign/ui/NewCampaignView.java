package org.answerable.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.answerable.account.Roles;
import org.answerable.authority.AuthorityService;
import org.answerable.base.InvalidInputException;
import org.answerable.base.ui.DatePickers;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignDraft;
import org.answerable.campaign.CampaignService;
import org.answerable.request.RequestService;
import org.answerable.request.ui.QuestionListEditor;

/** Starts a campaign: its questions and the authorities they go to, one request each. */
@Route("campaigns/new")
@PageTitle("New campaign · Answerable")
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
class NewCampaignView extends Main {

    final TextField name = new TextField("Campaign name");
    final TextArea description = new TextArea("What it is for (optional)");
    final TextArea requestText = new TextArea("Request text");
    final QuestionListEditor questions = new QuestionListEditor();
    final AuthorityChooser authorities;
    final DatePicker dateSent = DatePickers.of("Date sent");
    final Button save = new Button("Create campaign");

    NewCampaignView(CampaignService campaigns, RequestService requests, AuthorityService authorityService) {
        addClassName("view");
        authorities = new AuthorityChooser(authorityService);
        name.setMaxLength(Campaign.NAME_MAX_LENGTH);
        name.setWidthFull();
        name.setRequired(true);
        description.setMaxLength(Campaign.DESCRIPTION_MAX_LENGTH);
        description.setWidthFull();
        requestText.setWidthFull();
        requestText.setMinHeight("10em");
        requestText.setHelperText("Paste the request as you send it, then choose \"Find questions\".");
        Button findQuestions = new Button("Find questions", e -> {
            questions.setQuestions(requests.proposeQuestions(requestText.getValue()));
            if (questions.getQuestions().isEmpty()) {
                questions.showError("No numbered questions found: add them below by hand.");
            }
        });
        findQuestions.setId("find-questions");
        dateSent.setHelperText("Leave empty if the requests have not gone yet; you can mark them sent later.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("create-campaign");
        save.addClickListener(e -> save(campaigns));
        Button cancel = new Button("Cancel", e -> getUI().ifPresent(ui -> ui.navigate(CampaignsView.class)));

        add(new H2("New campaign"), name, description, requestText, findQuestions,
                new H3("Questions every authority is asked"), questions,
                new H3("Authorities"), authorities, dateSent, new HorizontalLayout(save, cancel));
    }

    private void save(CampaignService campaigns) {
        CampaignDraft draft = new CampaignDraft();
        draft.setName(name.getValue());
        draft.setDescription(description.getValue());
        draft.setRequestText(requestText.getValue());
        draft.setQuestions(questions.getQuestions());
        draft.setAuthorities(authorities.getChosen());
        draft.setDateSent(dateSent.getValue());
        try {
            Campaign campaign = campaigns.create(draft);
            Notification.show("Campaign created: " + draft.getAuthorities().size() + " requests")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(CampaignView.class,
                    new RouteParameters(CampaignView.ID, campaign.getId().toString())));
        } catch (InvalidInputException ex) {
            switch (ex.field()) {
                case "name" -> { name.setErrorMessage(ex.getMessage()); name.setInvalid(true); }
                case "questions" -> questions.showError(ex.getMessage());
                case "authorities" -> authorities.showError(ex.getMessage());
                case "dateSent" -> { dateSent.setErrorMessage(ex.getMessage()); dateSent.setInvalid(true); }
                default -> Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
