package org.answerable.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.answerable.account.SignedInUser;
import org.answerable.account.Team;
import org.answerable.security.CurrentUser;

/** The frame around every signed-in page: app name, navigation from {@code @Menu}, user menu. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        setPrimarySection(Section.DRAWER);
        H1 appName = new H1("Answerable");
        appName.addClassName("app-name");
        HorizontalLayout header = new HorizontalLayout(appName);
        header.setPadding(true);
        addToDrawer(header, createNavigation());

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addToEnd(createUserMenu(currentUser, authenticationContext));
        addToNavbar(navbar);
    }

    /** A new page starts at its top, not where the previous page was scrolled to. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() != null) {
            getContent().getElement().executeJs("this.scrollIntoView({block: 'start'})");
        }
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(toItem(entry)));
        return nav;
    }

    private static SideNavItem toItem(MenuEntry entry) {
        SideNavItem item = new SideNavItem(entry.title(), entry.path());
        item.setMatchNested(true);
        return item;
    }

    private static MenuBar createUserMenu(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        SignedInUser user = currentUser.require();
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        HorizontalLayout label = new HorizontalLayout(avatar, new Span(user.displayName()));
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("user-menu");
        MenuItem root = menu.addItem(label);
        addTeamSwitcher(root.getSubMenu(), currentUser, user);
        root.getSubMenu().addItem("My account", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account")))
                .setId("my-account");
        root.getSubMenu().addItem("Log out", e -> authenticationContext.logout()).setId("logout");
        return menu;
    }

    /** Everything on screen belongs to the active team, so switching starts afresh from the start page. */
    private static void addTeamSwitcher(SubMenu menu, CurrentUser currentUser, SignedInUser user) {
        MenuItem active = menu.addItem("Team: " + user.teamName());
        active.setId("active-team");
        List<Team> teams = currentUser.teams();
        if (teams.size() < 2) {
            active.setEnabled(false);
            return;
        }
        for (Team team : teams) {
            MenuItem choice = active.getSubMenu().addItem(team.getName(), e -> {
                currentUser.switchTeam(team.getId());
                VaadinServletRequest request = VaadinServletRequest.getCurrent();
                e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation(
                        (request == null ? "" : request.getContextPath()) + "/"));
            });
            choice.setCheckable(true);
            choice.setChecked(team.getId().equals(user.teamId()));
        }
    }
}
