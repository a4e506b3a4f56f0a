package org.answerable.account.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.answerable.account.AppUser;
import org.answerable.account.MyAccountService;

/** The signed-in user's own account: who they are, their teams, and a new password. */
@Route("account")
@PageTitle("My account · Answerable")
@PermitAll
class AccountView extends Main {

    final UnorderedList teams = new UnorderedList();
    final ChangePasswordForm passwordForm;

    AccountView(MyAccountService account, List<AccountPageSection> sections) {
        addClassName("view");
        AppUser me = account.me();
        DescriptionList details = new DescriptionList();
        details.addClassName("detail-grid");
        details.add(new DescriptionList.Term("Name"), new DescriptionList.Description(new Span(me.getDisplayName())),
                new DescriptionList.Term("Username"), new DescriptionList.Description(new Span(me.getUsername())),
                new DescriptionList.Term("Role"), new DescriptionList.Description(new Span(RoleText.of(me.getRole()))));
        teams.setId("my-teams");
        me.getTeams().forEach(team -> teams.add(new ListItem(team.getName())));
        passwordForm = new ChangePasswordForm(account, () -> { });
        add(new H2("My account"), details, new H3("Teams"), teams, new H3("Change password"), passwordForm);
        sections.stream().sorted(Comparator.comparingInt(AccountPageSection::order))
                .forEach(section -> add(section.create()));
    }
}
