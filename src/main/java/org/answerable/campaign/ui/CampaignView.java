package org.answerable.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.answerable.authority.AuthorityService;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.base.ui.DatePickers;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignProgress;
import org.answerable.campaign.CampaignQuestion;
import org.answerable.campaign.CampaignRow;
import org.answerable.campaign.CampaignService;
import org.answerable.campaign.ProgressBucket;
import org.answerable.request.ui.StatusBadge;
import org.answerable.mail.BatchMailer;
import org.answerable.mail.ui.CampaignMailing;
import org.answerable.request.RequestStatus;
import org.answerable.security.CurrentUser;

/** One campaign: where each authority's request stands, with bulk actions on the selected ones. */
@Route("campaigns/:id")
@PageTitle("Campaign · Answerable")
@PermitAll
class CampaignView extends Main implements BeforeEnterObserver {

    static final String ID = "id";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final CampaignService campaigns;
    private final AuthorityService authorities;
    private final CampaignMailing mailing;
    private final boolean canEdit;
    final Grid<CampaignRow> grid = new Grid<>();
    final Select<ProgressBucket> bucketFilter = new Select<>();
    final HorizontalLayout progress = new HorizontalLayout();
    final DatePicker sentOn = DatePickers.of("Sent on");
    final TextField tag = new TextField("Tag");
    private Campaign campaign;
    private List<CampaignRow> rows = List.of();

    CampaignView(CampaignService campaigns, AuthorityService authorities, CampaignMailing mailing, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.authorities = authorities;
        this.mailing = mailing;
        this.canEdit = currentUser.require().canEdit();
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id;
        try {
            id = Long.valueOf(event.getRouteParameters().get(ID).orElseThrow());
        } catch (RuntimeException e) {
            throw new NotFoundException("campaign");
        }
        campaign = campaigns.get(id);
        render();
    }

    private void render() {
        removeAll();
        Button comparison = new Button("Compare answers",
                e -> getUI().ifPresent(ui -> ui.navigate(ComparisonView.class,
                        new RouteParameters(ID, campaign.getId().toString()))));
        comparison.setId("open-comparison");
        comparison.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout heading = new HorizontalLayout(new H2(campaign.getName()), comparison);
        if (canEdit) {
            Button details = new Button("Edit details", e -> new CampaignDetailsDialog(campaigns, campaign, saved -> {
                campaign = campaigns.get(saved.getId());
                render();
            }).open());
            details.setId("edit-campaign-details");
            heading.add(details);
        }
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        heading.setWrap(true);
        add(heading);
        if (campaign.getDescription() != null) {
            add(new Paragraph(campaign.getDescription()));
        }
        progress.setId("progress");
        progress.setWrap(true);
        add(progress, filters());
        if (canEdit) {
            add(bulkActions());
        }
        add(createGrid(), questions());
        refresh();
    }

    private HorizontalLayout filters() {
        bucketFilter.setLabel("Show");
        bucketFilter.setItems(ProgressBucket.values());
        bucketFilter.setEmptySelectionAllowed(true);
        bucketFilter.setEmptySelectionCaption("Every request");
        bucketFilter.setItemLabelGenerator(b -> b == null ? "Every request" : b.label());
        bucketFilter.addValueChangeListener(e -> showRows());
        HorizontalLayout filters = new HorizontalLayout(bucketFilter);
        if (canEdit) {
            Button add = new Button("Add authorities", e -> new AddAuthoritiesDialog(authorities, (chosen, date) -> {
                int added = campaigns.addAuthorities(campaign.getId(), chosen, date);
                Notification.show(added + " added" + (added < chosen.size() ? "; the others were already in the campaign" : ""));
                refresh();
            }).open());
            add.setId("add-authorities");
            filters.add(add);
        }
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return filters;
    }

    private HorizontalLayout bulkActions() {
        sentOn.setMax(LocalDate.now());
        Button markSent = new Button("Mark selected as sent", e -> bulk(() -> {
            campaigns.markSent(campaign.getId(), selectedIds(), sentOn.getValue());
            return "Marked " + grid.getSelectedItems().size() + " as sent on " + DATE.format(sentOn.getValue());
        }));
        markSent.setId("mark-sent");
        Button addTag = new Button("Tag selected", e -> bulk(() -> {
            campaigns.addTag(campaign.getId(), selectedIds(), tag.getValue());
            return "Tagged " + grid.getSelectedItems().size() + " \"" + tag.getValue().trim() + "\"";
        }));
        addTag.setId("add-tag");
        Button sendByEmail = new Button("Send selected by email…", e -> sendSelectedByEmail());
        sendByEmail.setId("send-selected-by-email");
        HorizontalLayout bar = new HorizontalLayout(sentOn, markSent, tag, addTag, sendByEmail);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void sendSelectedByEmail() {
        if (grid.getSelectedItems().isEmpty()) {
            Notification.show("Select the requests to send first").addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        }
        List<BatchMailer.Recipient> drafts = grid.getSelectedItems().stream()
                .filter(r -> r.status() == RequestStatus.DRAFT)
                .map(r -> new BatchMailer.Recipient(r.requestId(), r.authorityName())).toList();
        mailing.open(drafts, grid.getSelectedItems().size() - drafts.size(), () -> {
            grid.deselectAll();
            refresh();
        });
    }

    private void bulk(Supplier<String> action) {
        try {
            String done = action.get();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.deselectAll();
            refresh();
        } catch (InvalidInputException ex) {
            Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Grid<CampaignRow> createGrid() {
        grid.removeAllColumns();
        grid.addComponentColumn(r -> new Anchor("requests/" + r.requestId(), r.authorityName()))
                .setHeader("Authority").setFlexGrow(3).setKey("authority");
        grid.addComponentColumn(r -> new StatusBadge(r.standing())).setHeader("Where it stands").setKey("bucket")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.dateSent() == null ? "Not sent" : DATE.format(r.dateSent())).setHeader("Sent").setKey("sent");
        grid.addColumn(r -> r.responseDue() == null ? "" : DATE.format(r.responseDue())).setHeader("Response due").setKey("due");
        grid.addColumn(r -> r.reference() == null ? "" : r.reference()).setHeader("Their reference").setKey("reference");
        if (canEdit) {
            grid.addComponentColumn(this::rowActions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0).setKey("actions");
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        grid.setEmptyStateText("No request matches.");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout rowActions(CampaignRow row) {
        Anchor edit = new Anchor("requests/" + row.requestId() + "/edit", "Date and reference");
        Button remove = new Button("Remove", e -> confirmRemoval(row));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, remove);
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return actions;
    }

    private void confirmRemoval(CampaignRow row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Remove " + row.authorityName() + " from the campaign?");
        dialog.setText("Its request stays in your requests list, with any replies and answers, but leaves this "
                + "campaign's progress and comparison.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Remove");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            campaigns.remove(campaign.getId(), row.requestId());
            Notification.show(row.authorityName() + " removed from the campaign");
            refresh();
        });
        dialog.open();
    }

    private Div questions() {
        OrderedList list = new OrderedList();
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        for (CampaignQuestion q : campaign.getQuestions()) {
            list.add(new ListItem(q.getLabel() + " " + q.getText()));
        }
        return new Div(new H3("Questions"), list);
    }

    private Set<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(CampaignRow::requestId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void refresh() {
        rows = campaigns.rows(campaign.getId());
        CampaignProgress counts = CampaignProgress.of(rows);
        progress.removeAll();
        Button all = new Button("All " + counts.total(), e -> bucketFilter.clear());
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        progress.add(all);
        for (ProgressBucket bucket : ProgressBucket.values()) {
            Button chip = new Button(bucket.label() + ": " + counts.count(bucket), e -> bucketFilter.setValue(bucket));
            chip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            chip.addClassNames("bucket-count", bucket.name().toLowerCase(Locale.ROOT));
            chip.setId("count-" + bucket.name().toLowerCase(Locale.ROOT));
            progress.add(chip);
        }
        showRows();
    }

    private void showRows() {
        ProgressBucket bucket = bucketFilter.getValue();
        grid.setItems(rows.stream().filter(r -> bucket == null || r.bucket() == bucket).toList());
    }
}
