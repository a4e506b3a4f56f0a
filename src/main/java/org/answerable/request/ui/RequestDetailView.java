package org.answerable.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.answerable.base.NotFoundException;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.request.RequestService;
import org.answerable.security.CurrentUser;

/** Everything about one request: its details, questions and text. */
@Route("requests/:id")
@PageTitle("Request · Answerable")
@PermitAll
class RequestDetailView extends Main implements BeforeEnterObserver {

    static final String ID = "id";

    private final RequestService requests;
    private final List<RequestPageSection> sections;
    private final boolean canEdit;
    private FoiRequest request;

    RequestDetailView(RequestService requests, CurrentUser currentUser, List<RequestPageSection> sections) {
        this.requests = requests;
        this.sections = sections.stream().sorted(Comparator.comparingInt(RequestPageSection::order)).toList();
        this.canEdit = currentUser.require().canEdit();
        addClassName("view");
    }

    static Long idFrom(BeforeEnterEvent event) {
        try {
            return Long.valueOf(event.getRouteParameters().get(ID).orElseThrow());
        } catch (RuntimeException e) {
            throw new NotFoundException("request");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        request = requests.get(idFrom(event));
        render();
    }

    private void render() {
        removeAll();
        HorizontalLayout heading = new HorizontalLayout(new H2(request.getTitle()), new StatusBadge(requests.standing(request)));
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        heading.setWrap(true);
        add(heading);
        if (canEdit) {
            add(actions());
        }
        sections.stream().filter(s -> s.order() < RequestPageSection.TOP).forEach(s -> add(s.create(request, canEdit)));
        add(details());
        sections.stream().filter(s -> s.order() >= RequestPageSection.TOP).forEach(s -> add(s.create(request, canEdit)));
        add(new H3("Questions"), questionList());
        if (request.getRequestText() != null) {
            Pre text = new Pre(request.getRequestText());
            text.addClassName("request-text");
            // Folded: the questions above already hold what was asked, one by one.
            Details sent = new Details("Request as sent", text);
            sent.setId("request-as-sent");
            add(sent);
        }
    }

    private HorizontalLayout actions() {
        Button edit = new Button("Edit", e -> getUI().ifPresent(ui -> ui.navigate(EditRequestView.class,
                new RouteParameters(ID, request.getId().toString()))));
        edit.setId("edit-request");
        return new HorizontalLayout(edit);
    }

    private DescriptionList details() {
        DescriptionList list = new DescriptionList();
        list.addClassName("detail-grid");
        item(list, "Authority", new Span(request.getAuthority().getOfficialName()));
        item(list, "Law", new Span(request.getRegime().name() + " (" + request.getRegime().fullName() + ")"));
        item(list, "Sent", new Span(date(request.getDateSent(), "Not sent yet (draft)")));
        item(list, "Received by the authority", new Span(date(request.getDateReceived(), "–")));
        item(list, "Sent by", new Span(request.getChannel().label()));
        if (request.getWdtkUrl() != null) {
            Anchor link = new Anchor(request.getWdtkUrl(), request.getWdtkUrl());
            link.setTarget("_blank");
            item(list, "WhatDoTheyKnow", link);
        }
        item(list, "Authority's reference", new Span(orDash(request.getAuthorityReference())));
        item(list, "Tags", new Span(request.getTags().isEmpty() ? "–" : String.join(", ", request.getTags())));
        return list;
    }

    private OrderedList questionList() {
        OrderedList list = new OrderedList();
        list.setId("questions");
        for (Question q : request.getQuestions()) {
            ListItem item = new ListItem();
            item.add(new Span(q.getLabel() + " "), new Span(q.getText()));
            list.add(item);
        }
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        return list;
    }

    private static void item(DescriptionList list, String term, Component value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private static String date(LocalDate date, String otherwise) {
        return date == null ? otherwise : RequestsView.DATE.format(date);
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }
}
