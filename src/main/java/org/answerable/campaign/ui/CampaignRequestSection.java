package org.answerable.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignService;
import org.answerable.request.FoiRequest;
import org.answerable.request.ui.RequestPageSection;

/** Tells the request page which campaign the request belongs to, with a way back to it. */
@org.springframework.stereotype.Component
class CampaignRequestSection implements RequestPageSection {

    private final CampaignService campaigns;

    CampaignRequestSection(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        Div section = new Div();
        if (request.getCampaignId() != null) {
            Campaign campaign = campaigns.get(request.getCampaignId());
            section.add(new Span("Part of the campaign "), new RouterLink(campaign.getName(), CampaignView.class,
                    new RouteParameters(CampaignView.ID, campaign.getId().toString())));
            section.setId("campaign-link");
        }
        return section;
    }
}
