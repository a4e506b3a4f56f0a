package org.answerable.reply.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import org.answerable.reply.ProvisionCatalogue;

/**
 * The provisions an answer cites as chips that are never cut: the short citation ("s40(2)") on
 * the chip, its full name on hover (and in full in the refusals view's row details).
 */
class ProvisionChips extends Div {

    ProvisionChips(Collection<String> codes) {
        addClassNames("chips", "provision-chips");
        codes.forEach(code -> ProvisionCatalogue.byCode(code).ifPresent(p -> {
            Span chip = new Span(p.shortCitation());
            chip.addClassName("provision-chip");
            chip.setTitle(p.label());
            add(chip);
        }));
    }
}
