package org.answerable.reply.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.ui.AuthorityPicker;
import org.answerable.base.ui.DatePickers;
import org.answerable.shared.ui.FoldingFilters;
import org.answerable.deadline.DateText;
import org.answerable.reply.Provision;
import org.answerable.reply.ProvisionCatalogue;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.RefusalFilter;
import org.answerable.reply.answer.RefusalRow;
import org.answerable.request.RequestLabel;

/**
 * Which answers were refused, not held or neither confirmed nor denied, and why. Other pages link
 * here with the filters in the query string ({@link RefusalFilter#toQueryString()}), e.g. the
 * insights page when a campaigner clicks a bar.
 */
@Route("refusals")
@PageTitle("Refusals · Answerable")
@Menu(order = 15, title = "Refusals")
@PermitAll
class RefusalsView extends Main implements BeforeEnterObserver {

    private final AnswerService answers;
    private final AuthorityService authorities;
    final AuthorityPicker authority;
    final ComboBox<Provision> provision = new ComboBox<>("Provision");
    final DatePicker sentFrom = DatePickers.of("Sent from");
    final DatePicker sentTo = DatePickers.of("Sent to");
    final TextField request = new TextField("Request");
    final Grid<RefusalRow> grid = new Grid<>();
    /** Set only by a link from another page; there is no campaign picker here. */
    private Long campaignId;
    final Button allCampaigns = new Button("Show all campaigns", e -> {
        campaignId = null;
        e.getSource().setVisible(false);
        refresh();
    });

    RefusalsView(AnswerService answers, AuthorityService authorities) {
        this.answers = answers;
        this.authorities = authorities;
        addClassName("view");
        authority = new AuthorityPicker("Authority", authorities);
        authority.setClearButtonVisible(true);
        provision.setItems(ProvisionCatalogue.all());
        provision.setItemLabelGenerator(p -> p.regime() + " " + p.citation() + " – " + p.shortName());
        provision.setClearButtonVisible(true);
        request.setPlaceholder("Words in the title");
        request.setValueChangeMode(ValueChangeMode.LAZY);
        request.setClearButtonVisible(true);
        authority.addValueChangeListener(e -> refresh());
        provision.addValueChangeListener(e -> refresh());
        sentFrom.addValueChangeListener(e -> refresh());
        sentTo.addValueChangeListener(e -> refresh());
        request.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(row -> new Anchor("requests/" + row.requestId(),
                        RequestLabel.of(row.requestTitle(), row.authorityName())))
                .setHeader("Request").setFlexGrow(3).setKey("request");
        grid.addColumn(row -> RefusalDetails.shortened(row.questionLabel() + " " + row.questionText())).setHeader("Question")
                .setFlexGrow(3).setKey("question");
        grid.addComponentColumn(row -> new OutcomeBadge(row.outcome())).setHeader("Outcome").setAutoWidth(true)
                .setFlexGrow(0).setKey("outcome");
        grid.addComponentColumn(row -> new ProvisionChips(row.provisionCodes())).setHeader("Provisions")
                .setFlexGrow(1).setKey("provisions");
        grid.addColumn(row -> RefusalDetails.shortened(RefusalDetails.why(row))).setHeader("Why").setFlexGrow(3).setKey("why");
        grid.addColumn(row -> row.dateSent() == null ? "" : DateText.of(row.dateSent())).setHeader("Sent")
                .setAutoWidth(true).setFlexGrow(0).setKey("sent");
        // A row opens to the whole question, answer and reasoning; a click toggles it.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(RefusalDetails::new));
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(click -> grid.setDetailsVisible(click.getItem(), !grid.isDetailsVisible(click.getItem())));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(pageable -> answers.refusals(filter(), pageable).getContent());
        grid.setEmptyStateText("No refused, not-held or NCND answers match.");
        grid.setHeight("65vh");

        allCampaigns.addThemeVariants(ButtonVariant.TERTIARY);
        allCampaigns.setTooltipText("Only answers from the campaign chosen on the page you came from are listed");
        allCampaigns.setVisible(false);
        HorizontalLayout filters = new HorizontalLayout(request, authority, provision, sentFrom, sentTo, allCampaigns);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("filters");
        add(new H2("Refusals"), new Paragraph("Every answer your team recorded as refused, partly answered, not held "
                + "or neither confirmed nor denied, with the reasons the authority gave. Click a row to read the "
                + "whole question, answer and reasoning."), new FoldingFilters(filters), grid);
    }

    private RefusalFilter filter() {
        return new RefusalFilter(authority.getValue() == null ? null : authority.getValue().getId(),
                provision.getValue() == null ? null : provision.getValue().code(), sentFrom.getValue(), sentTo.getValue(),
                request.getValue(), campaignId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RefusalFilter linked = RefusalFilter.fromQueryParameters(event.getLocation().getQueryParameters().getParameters());
        campaignId = linked.campaignId();
        allCampaigns.setVisible(campaignId != null);
        authority.setValue(linked.authorityId() == null ? null : authorities.find(linked.authorityId()).orElse(null));
        provision.setValue(linked.provisionCode() == null ? null
                : ProvisionCatalogue.byCode(linked.provisionCode()).orElse(null));
        sentFrom.setValue(linked.sentFrom());
        sentTo.setValue(linked.sentTo());
        request.setValue(linked.requestText() == null ? "" : linked.requestText());
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
