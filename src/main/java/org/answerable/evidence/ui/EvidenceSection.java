package org.answerable.evidence.ui;

import com.vaadin.flow.component.Component;
import org.answerable.evidence.EvidencePackService;
import org.answerable.request.FoiRequest;
import org.answerable.request.ui.RequestPageSection;

/** Puts the evidence pack downloads on the request page, after reviews and complaints. */
@org.springframework.stereotype.Component
class EvidenceSection implements RequestPageSection {

    private final EvidencePackService packs;

    EvidenceSection(EvidencePackService packs) {
        this.packs = packs;
    }

    @Override
    public int order() {
        return 40;
    }

    /** Making a pack only reads, so viewers get the downloads too. */
    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        return new EvidencePanel(packs, request);
    }
}
