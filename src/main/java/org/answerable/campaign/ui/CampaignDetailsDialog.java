package org.answerable.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignService;

/** Renames a campaign or changes its description; the questions stay as they were sent. */
class CampaignDetailsDialog extends Dialog {

    final TextField name = new TextField("Campaign name");
    final TextArea description = new TextArea("What it is for (optional)");

    CampaignDetailsDialog(CampaignService campaigns, Campaign campaign, Consumer<Campaign> onSaved) {
        setHeaderTitle("Campaign details");
        setWidth("min(600px, 95vw)");
        name.setValue(campaign.getName());
        name.setMaxLength(Campaign.NAME_MAX_LENGTH);
        name.setWidthFull();
        description.setValue(campaign.getDescription() == null ? "" : campaign.getDescription());
        description.setMaxLength(Campaign.DESCRIPTION_MAX_LENGTH);
        description.setWidthFull();
        add(name, description);
        Button save = new Button("Save", e -> {
            try {
                onSaved.accept(campaigns.describe(campaign.getId(), campaign.getVersion(), name.getValue(),
                        description.getValue()));
                close();
            } catch (InvalidInputException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            } catch (ConcurrentEditException ex) {
                Notification.show("Someone else changed this campaign meanwhile. Close this window and reload the page "
                        + "to see their change; your text is still here to copy.")
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
        save.setId("save-campaign-details");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
