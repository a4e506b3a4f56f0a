package org.answerable.authority.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Nation;
import org.answerable.shared.ui.RowOpening;
import org.answerable.security.CurrentUser;

/** The directory of public bodies, shared by all teams. */
@Route("authorities")
@PageTitle("Authorities · Answerable")
@Menu(order = 20, title = "Authorities")
@PermitAll
class AuthoritiesView extends Main {

    private final AuthorityService authorities;
    final TextField search = new TextField();
    final Grid<Authority> grid = new Grid<>();
    final Button add = new Button("Add authority");

    AuthoritiesView(AuthorityService authorities, CurrentUser currentUser) {
        this.authorities = authorities;
        addClassName("view");
        boolean canEdit = currentUser.require().canEdit();

        search.setPlaceholder("Search by name or code");
        search.setAriaLabel("Search authorities");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEditor(null));
        add.setVisible(canEdit);

        grid.addColumn(Authority::getOfficialName).setHeader("Name").setSortProperty("officialName").setFlexGrow(3).setKey("name");
        grid.addColumn(Authority::getCode).setHeader("Code").setSortProperty("code").setKey("code");
        grid.addColumn(a -> a.getNation() == null ? "–" : a.getNation().displayName())
                .setHeader("Nation").setSortProperty("nation").setKey("nation");
        grid.addColumn(Authority::getAuthorityType).setHeader("Type").setSortProperty("authorityType").setKey("type");
        grid.addColumn(a -> a.getDefaultRegime().name()).setHeader("Law").setSortProperty("defaultRegime").setKey("regime");
        grid.addColumn(a -> a.getFoiEmail() == null ? "" : a.getFoiEmail()).setHeader("FOI email").setKey("email");
        grid.setItemsPageable(pageable -> authorities.search(search.getValue(), pageable).getContent());
        grid.setEmptyStateText("No authority matches. Check the spelling, or add it.");
        grid.setHeight("70vh");
        if (canEdit) {
            RowOpening.onClickOrEnter(grid, this::openEditor);
        }

        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H2("Authorities"),
                new Paragraph("UK local authorities come from mySociety's list (CC BY 4.0). "
                        + "Add police forces, NHS trusts and other bodies yourself; click a row to edit it."),
                toolbar, grid);
    }

    private void openEditor(Authority authority) {
        new AuthorityDialog(authorities, authority, saved -> grid.getDataProvider().refreshAll()).open();
    }

    static String nationLabel(Nation nation) {
        return nation == null ? "UK-wide or unknown" : nation.displayName();
    }
}
