package org.answerable.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAliasData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.campaign.CampaignDraft;
import org.answerable.campaign.CampaignService;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.security.ui.LoginView;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opens every page Vaadin has registered, as a visitor, a viewer, a member and an administrator,
 * and checks who gets in. Pages added later are covered without changing this test: what they
 * declare with their annotations is checked, and the intended access of the pages we know is
 * written down below as well, so a wrong annotation cannot pass unnoticed.
 */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    enum Who { ANONYMOUS, VIEWER, MEMBER, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(Who.VIEWER, Who.MEMBER, Who.ADMIN);
    private static final Set<Who> EDITORS = EnumSet.of(Who.MEMBER, Who.ADMIN);
    private static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);

    /** Who may open each page we know of; route templates as registered. */
    private static final Map<String, Set<Who>> INTENDED = Map.ofEntries(
            entry("login", EVERYONE),
            entry("calculator", EVERYONE),
            entry("", SIGNED_IN),
            entry("dashboard", SIGNED_IN),
            entry("requests", SIGNED_IN),
            entry("requests/:id", SIGNED_IN),
            entry("requests/new", EDITORS),
            entry("requests/import", EDITORS),
            entry("requests/:id/edit", EDITORS),
            entry("campaigns/:id/comparison", SIGNED_IN),
            entry("authorities", SIGNED_IN),
            entry("campaigns", SIGNED_IN),
            entry("campaigns/new", EDITORS),
            entry("campaigns/:id", SIGNED_IN),
            entry("insights", SIGNED_IN),
            entry("calendar", SIGNED_IN),
            entry("account", SIGNED_IN),
            entry("change-password", SIGNED_IN),
            entry("admin/users", ADMINS),
            entry("admin/teams", ADMINS),
            entry("admin/audit", ADMINS),
            entry("admin/holidays", ADMINS),
            entry("admin/backup", ADMINS));

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired CampaignService campaigns;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_page_declares_who_may_open_it() {
        assertThat(routes().values()).allSatisfy(view -> assertThat(
                view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                        || view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                .as(view.getSimpleName() + " has @AnonymousAllowed, @PermitAll, @RolesAllowed or @DenyAll").isTrue());
    }

    @Test
    void every_page_opens_for_exactly_the_people_its_annotations_and_the_product_intend() {
        Map<String, Class<? extends Component>> routes = routes();
        Map<Who, String> userOf = usersInOneTeam();
        String requestId = aRequestOf(userOf.get(Who.MEMBER));
        String campaignId = aCampaignOf(userOf.get(Who.MEMBER));

        Map<String, Set<Who>> actual = new TreeMap<>();
        for (Who who : Who.values()) {
            signInAs(who, userOf);
            routes.forEach((template, view) -> {
                Set<Who> gotIn = actual.computeIfAbsent(template, t -> EnumSet.noneOf(Who.class));
                String id = template.startsWith("campaigns/") ? campaignId : requestId;
                if (opens(template.replace(":id", id), view)) {
                    gotIn.add(who);
                }
            });
        }

        Map<String, Set<Who>> declared = new TreeMap<>();
        routes.forEach((template, view) -> declared.put(template, declaredAccess(view)));
        assertThat(actual).as("who got into each page, against what its annotations declare").isEqualTo(declared);
        assertThat(routes.keySet()).as("every page of the intended list is still registered").containsAll(INTENDED.keySet());
        assertThat(actual).as("who got into each page, against what the product intends")
                .containsAllEntriesOf(new TreeMap<>(INTENDED));
    }

    /** Route templates, aliases included, with the view each opens. */
    private static Map<String, Class<? extends Component>> routes() {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.put(route.getTemplate(), route.getNavigationTarget());
            for (RouteAliasData alias : route.getRouteAliases()) {
                routes.put(alias.getTemplate(), alias.getNavigationTarget());
            }
        }
        assertThat(routes.keySet()).as("every parameter can be filled in by this test")
                .allSatisfy(template -> assertThat(template.replace(":id", "")).doesNotContain(":"));
        return routes;
    }

    /**
     * What the annotations allow. A page inside the main layout also needs the layout's own
     * permission (signed in), whatever the page says.
     */
    private static Set<Who> declaredAccess(Class<?> view) {
        Set<Who> access;
        if (view.isAnnotationPresent(DenyAll.class)) {
            access = EnumSet.noneOf(Who.class);
        } else if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            access = EnumSet.allOf(Who.class);
        } else if (view.isAnnotationPresent(PermitAll.class)) {
            access = EnumSet.copyOf(SIGNED_IN);
        } else if (view.isAnnotationPresent(RolesAllowed.class)) {
            access = Arrays.stream(view.getAnnotation(RolesAllowed.class).value()).map(Who::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Who.class)));
        } else {
            access = EnumSet.noneOf(Who.class);
        }
        Route route = view.getAnnotation(Route.class);
        boolean inMainLayout = route != null && route.layout() == UI.class && route.autoLayout();
        if (inMainLayout) {
            access.retainAll(SIGNED_IN);
        }
        return access;
    }

    /** True when the page itself opened: not the login page, an error page or another page instead. */
    private boolean opens(String location, Class<? extends Component> view) {
        try {
            UI.getCurrent().navigate(location);
        } catch (RuntimeException refused) {
            return false;
        }
        return view.isInstance(getCurrentView()) && (view == LoginView.class || !(getCurrentView() instanceof LoginView));
    }

    private Map<Who, String> usersInOneTeam() {
        String team = "Matrix " + System.nanoTime();
        Map<Who, String> userOf = new LinkedHashMap<>();
        userOf.put(Who.VIEWER, users.createInTeam(Role.VIEWER, team));
        userOf.put(Who.MEMBER, users.createInTeam(Role.MEMBER, team));
        userOf.put(Who.ADMIN, users.createInTeam(Role.ADMIN, team));
        return userOf;
    }

    private void signInAs(Who who, Map<Who, String> userOf) {
        TestUsers.signOut();
        if (who != Who.ANONYMOUS) {
            users.signIn(userOf.get(who));
        }
    }

    private String aRequestOf(String member) {
        users.signIn(member);
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Matrix request");
        draft.setAuthority(authorities.findByCode("LCE").orElseThrow());
        draft.setRegime(draft.getAuthority().getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        draft.setQuestions(new ArrayList<>(List.of(new QuestionDraft("1", "How many?"))));
        String id = requests.create(draft).getId().toString();
        TestUsers.signOut();
        return id;
    }

    private String aCampaignOf(String member) {
        users.signIn(member);
        CampaignDraft draft = new CampaignDraft();
        draft.setName("Matrix campaign " + System.nanoTime());
        draft.setAuthorities(List.of(authorities.findByCode("LCE").orElseThrow()));
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        String id = campaigns.create(draft).getId().toString();
        TestUsers.signOut();
        return id;
    }
}
