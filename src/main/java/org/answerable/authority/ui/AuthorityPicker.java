package org.answerable.authority.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;

/** Type-ahead choice of an authority from the (large) directory, loaded a page at a time. */
public class AuthorityPicker extends ComboBox<Authority> {

    public AuthorityPicker(String label, AuthorityService authorities) {
        super(label);
        setItemLabelGenerator(Authority::getOfficialName);
        setItems(query -> authorities.search(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        setPlaceholder("Start typing a name, e.g. Leicester");
    }
}
