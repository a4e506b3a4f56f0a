package org.answerable.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.answerable.account.Role;
import org.answerable.calendar.CalendarFeedService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class CalendarFeedViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired CalendarFeedService feeds;

    @BeforeEach
    void signIn() {
        users.signInNew(Role.MEMBER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void campaigner_creates_a_calendar_link_and_can_stop_it_working() {
        CalendarFeedView view = navigate(CalendarFeedView.class);
        assertThat(view.revoke.isEnabled()).as("nothing to revoke yet").isFalse();

        test(view.create).click();
        String link = view.link.getValue();
        assertThat(link).matches("https?://.+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
        assertThat(feeds.ownerOf(token)).isPresent();

        test(view.revoke).click();
        assertThat(feeds.ownerOf(token)).as("a revoked link finds nobody").isEmpty();
        assertThat(view.link.isVisible()).isFalse();
    }
}
