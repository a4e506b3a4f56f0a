package org.answerable.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
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

    /** The id of the page's content, where "Skip to content" takes the keyboard focus. */
    static final String CONTENT_ID = "main-content";

    public MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        setPrimarySection(Section.DRAWER);
        // The app's name is the page's level-one heading: in the drawer on a wide screen, in the top
        // bar on a phone, where the drawer is folded away (styles.css shows one of the two).
        Nav drawer = new Nav(appName("drawer-app-name"), createNavigation());
        drawer.getElement().setAttribute("aria-label", "Main menu");
        addToDrawer(drawer);

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), appName("navbar-app-name"));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addToEnd(createUserMenu(currentUser, authenticationContext));
        Header navbar = new Header(skipLink(), bar);
        navbar.addClassName("navbar");
        addToNavbar(navbar);
    }

    private static H1 appName(String className) {
        H1 appName = new H1("Answerable");
        appName.addClassNames("app-name", className);
        return appName;
    }

    /**
     * The first stop of the Tab key, so a keyboard user need not pass the whole menu on every page.
     * The script moves the focus itself: a "#" in the address would reach the router.
     */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#" + CONTENT_ID, "Skip to content");
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                    const content = document.getElementById($0);
                    if (content) {
                        event.preventDefault();
                        content.focus();
                    }
                });""", CONTENT_ID);
        return skip;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("id", CONTENT_ID);
        content.getElement().setAttribute("tabindex", "-1");
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
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        HorizontalLayout label = new HorizontalLayout(avatar, name);
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
