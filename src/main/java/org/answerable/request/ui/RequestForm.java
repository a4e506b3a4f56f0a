package org.answerable.request.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
import org.answerable.authority.ui.AuthorityPicker;
import org.answerable.deadline.holidays.HolidayService;
import org.answerable.base.InvalidInputException;
import org.answerable.base.ui.DatePickers;
import org.answerable.request.Channel;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;

/** The fields of a request, shared by the new and edit pages. */
class RequestForm extends Composite<VerticalLayout> {

    private static final String DRAFT_HELP = "Leave empty while the request is a draft";

    final TextField title = new TextField("Title");
    final AuthorityPicker authority;
    // Radio buttons rather than a select: a required select marks its button aria-required, which
    // assistive technology rejects, and three or four choices read best all on view.
    final RadioButtonGroup<Regime> regime = new RadioButtonGroup<>();
    final DatePicker dateSent = DatePickers.of("Date sent");
    final DatePicker dateReceived = DatePickers.of("Date received by the authority");
    final RadioButtonGroup<Channel> channel = new RadioButtonGroup<>();
    final TextField wdtkUrl = new TextField("WhatDoTheyKnow address");
    final TextField authorityReference = new TextField("Authority's reference");
    final TextField tags = new TextField("Tags");
    final TextArea requestText = new TextArea("Full request text");
    final Button findQuestions = new Button("Find questions");
    final QuestionListEditor questions = new QuestionListEditor();

    private final BeanValidationBinder<RequestDraft> binder = new BeanValidationBinder<>(RequestDraft.class);
    private final RequestService requests;
    private final HolidayService holidays;
    private RequestDraft draft = new RequestDraft();

    RequestForm(RequestService requests, AuthorityService authorities, HolidayService holidays) {
        this.requests = requests;
        this.holidays = holidays;
        authority = new AuthorityPicker("Authority", authorities);
        configureFields();
        bindFields();

        FormLayout details = new FormLayout(title, authority, regime, channel, dateSent, dateReceived,
                wdtkUrl, authorityReference, tags);
        details.setColspan(title, 2);
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        getContent().setPadding(false);
        getContent().add(details, requestText, findQuestions, new H3("Questions"), questions);
    }

    private void configureFields() {
        title.setId("title");
        authority.setId("authority");
        dateSent.setId("date-sent");
        requestText.setId("request-text");
        findQuestions.setId("find-questions");
        title.setMaxLength(FoiRequest.TITLE_MAX_LENGTH);
        title.setRequired(true);
        authority.setRequired(true);
        authority.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                regime.setValue(e.getValue().getDefaultRegime());
            }
        });
        regime.setLabel("Law");
        regime.setItems(Regime.values());
        regime.setItemLabelGenerator(r -> r.name() + " (" + r.fullName() + ")");
        regime.setHelperText("Filled in from the authority; change it for environmental information");
        regime.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        channel.setLabel("Sent by");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        channel.addValueChangeListener(e -> wdtkUrl.setVisible(e.getValue() == Channel.WHATDOTHEYKNOW));
        wdtkUrl.setVisible(false);
        wdtkUrl.setMaxLength(FoiRequest.URL_MAX_LENGTH);
        dateSent.setHelperText(DRAFT_HELP);
        dateSent.addValueChangeListener(e -> sayIfNotCounted());
        dateReceived.addValueChangeListener(e -> sayIfNotCounted());
        regime.addValueChangeListener(e -> sayIfNotCounted());
        dateSent.setMax(LocalDate.now());
        dateSent.setI18n(new DatePicker.DatePickerI18n().setMaxErrorMessage("The date sent can't be in the future"));
        dateReceived.setHelperText("Usually the day it was sent");
        dateReceived.setMax(LocalDate.now());
        dateReceived.setI18n(new DatePicker.DatePickerI18n().setMaxErrorMessage("The date received can't be in the future"));
        authorityReference.setMaxLength(FoiRequest.REFERENCE_MAX_LENGTH);
        authorityReference.setPlaceholder("e.g. FOI651119421");
        tags.setHelperText("Separate tags with commas");
        requestText.setMaxLength(FoiRequest.TEXT_MAX_LENGTH);
        requestText.setWidthFull();
        requestText.setMinHeight("10em");
        requestText.setHelperText("Paste the request as sent; \"Find questions\" proposes its numbered questions");
        findQuestions.addClickListener(e -> proposeQuestions());
    }

    /** A historical request may be kept, but its clock can't run where the bank holidays are unknown. */
    private void sayIfNotCounted() {
        LocalDate received = dateReceived.getValue() != null ? dateReceived.getValue() : dateSent.getValue();
        dateSent.setHelperText(received == null ? DRAFT_HELP
                : holidays.whyNoDeadline(regime.getValue() == null ? Regime.FOIA : regime.getValue(), received)
                        .map(why -> why + ". Until they are, this request's deadlines are not computed; "
                                + "you can still save it as a historical record.")
                        .orElse(DRAFT_HELP));
    }

    private void bindFields() {
        binder.forField(title).bind("title");
        binder.forField(authority).bind("authority");
        binder.forField(regime).bind("regime");
        binder.forField(channel).bind("channel");
        binder.forField(dateSent)
                .withValidator(d -> d == null || !d.isAfter(LocalDate.now()), "The date sent can't be in the future")
                .bind("dateSent");
        binder.forField(dateReceived)
                .withValidator(d -> d == null || !d.isAfter(LocalDate.now()), "The date received can't be in the future")
                .bind("dateReceived");
        binder.forField(wdtkUrl).bind("wdtkUrl");
        binder.forField(authorityReference).bind("authorityReference");
        binder.forField(tags).withConverter(new TagsConverter()).bind("tags");
        binder.forField(requestText).bind("requestText");
    }

    void edit(RequestDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        questions.setQuestions(draft.getQuestions());
    }

    private void proposeQuestions() {
        var proposed = requests.proposeQuestions(requestText.getValue());
        if (proposed.isEmpty()) {
            questions.showError("Paste the request text first, then choose \"Find questions\".");
            return;
        }
        questions.setQuestions(proposed);
        questions.showHint("Found " + proposed.size() + (proposed.size() == 1 ? " question" : " questions")
                + ". Check the labels and text, then save.");
    }

    /** Validates and hands the draft to {@code save}; shows any problem next to its field. */
    Optional<FoiRequest> save(java.util.function.Function<RequestDraft, FoiRequest> save) {
        questions.clearError();
        try {
            binder.writeBean(draft);
        } catch (ValidationException e) {
            Notification.show("Please correct the highlighted fields.", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return Optional.empty();
        }
        draft.setQuestions(questions.getQuestions());
        try {
            return Optional.of(save.apply(draft));
        } catch (InvalidInputException e) {
            showError(e.field(), e.getMessage());
            return Optional.empty();
        }
    }

    private void showError(String field, String message) {
        Map<String, HasValidation> fields = Map.of("title", title, "authority", authority, "regime", regime,
                "dateSent", dateSent, "dateReceived", dateReceived, "channel", channel, "wdtkUrl", wdtkUrl,
                "tags", tags);
        HasValidation target = fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            questions.showError(message);
        }
        Notification.show(message, 5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private static final class TagsConverter implements Converter<String, Set<String>> {
        @Override
        public Result<Set<String>> convertToModel(String value, com.vaadin.flow.data.binder.ValueContext context) {
            return Result.ok(Arrays.stream(value == null ? new String[0] : value.split(","))
                    .map(String::trim).filter(t -> !t.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }

        @Override
        public String convertToPresentation(Set<String> value, com.vaadin.flow.data.binder.ValueContext context) {
            return value == null ? "" : String.join(", ", value);
        }
    }
}
