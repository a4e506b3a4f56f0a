package org.answerable.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.ClassList;

/**
 * A list's filters, which on a phone fold behind one "Filters" button so that the list comes
 * first. On a wider screen they stay open and the button is hidden (styles.css, "Phones").
 */
public final class FoldingFilters extends Div {

    private static final String OPEN = "open";
    final Button toggle = new Button("Filters", VaadinIcon.FILTER.create());
    private final ClassList filterClasses;

    public FoldingFilters(Component filters) {
        addClassName("folding-filters");
        filterClasses = filters.getElement().getClassList();
        filterClasses.add("filters");
        if (filters.getId().isEmpty()) {
            filters.setId("filters");
        }
        toggle.addClassName("filters-toggle");
        toggle.getElement().setAttribute("aria-controls", filters.getId().orElseThrow());
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> setOpen(!isOpen()));
        add(toggle, filters);
    }

    /** Whether the filters show on a phone; on a wider screen they always do. */
    public boolean isOpen() {
        return filterClasses.contains(OPEN);
    }

    public void setOpen(boolean open) {
        filterClasses.set(OPEN, open);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }
}
