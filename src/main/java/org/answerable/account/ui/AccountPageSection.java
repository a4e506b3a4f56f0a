package org.answerable.account.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the account page contributed by another feature (API tokens), so the account feature
 * does not depend on it. Implementations are Spring beans; {@link #create} builds a new component
 * for each page.
 */
public interface AccountPageSection {

    /** Lower numbers come first. */
    int order();

    Component create();
}
