package org.answerable.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.answerable.campaign.CampaignService;
import org.answerable.campaign.CampaignSummary;
import org.answerable.security.CurrentUser;

/** The team's campaigns: the same questions sent to many authorities. */
@Route("campaigns")
@PageTitle("Campaigns · Answerable")
@Menu(order = 15, title = "Campaigns")
@PermitAll
class CampaignsView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.of("Europe/London"));

    final Grid<CampaignSummary> grid = new Grid<>();
    final Button create = new Button("New campaign");

    CampaignsView(CampaignService campaigns, CurrentUser currentUser) {
        addClassName("view");
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewCampaignView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-campaign");
        create.setVisible(currentUser.require().canEdit());
        HorizontalLayout heading = new HorizontalLayout(new H2("Campaigns"), create);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        heading.setWidthFull();
        heading.expand(heading.getComponentAt(0));

        grid.addComponentColumn(c -> new RouterLink(c.name(), CampaignView.class,
                new RouteParameters(CampaignView.ID, c.id().toString()))).setHeader("Campaign").setFlexGrow(3);
        grid.addColumn(CampaignSummary::authorities).setHeader("Authorities");
        grid.addColumn(c -> DATE.format(c.createdAt())).setHeader("Created");
        grid.setItems(campaigns.list());
        grid.setEmptyStateText("No campaigns yet. A campaign sends the same questions to many authorities and compares their answers.");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(heading, new Paragraph("Send the same questions to many authorities, follow every reply, and compare the answers."), grid);
    }
}
