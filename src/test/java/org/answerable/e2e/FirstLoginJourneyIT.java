package org.answerable.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.answerable.account.IssuedPassword;
import org.answerable.account.Role;
import org.answerable.account.Team;
import org.answerable.account.TeamService;
import org.answerable.account.UserAdminService;
import org.answerable.account.UserDraft;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A new colleague's first login in a real browser, under the app's Content-Security-Policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestUsers.class)
class FirstLoginJourneyIT {

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired UserAdminService userAdmin;
    @Autowired TeamService teams;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        Browser.quitWithoutConsoleErrors(browser);
        TestUsers.signOut();
    }

    @Test
    void a_new_colleague_chooses_their_own_password_before_seeing_any_request() {
        users.signInNew(Role.ADMIN);
        Team team = teams.create("First login " + System.nanoTime());
        IssuedPassword issued = userAdmin.create(new UserDraft("first-" + System.nanoTime(), "First Login",
                Role.MEMBER, Set.of(team.getId())));
        TestUsers.signOut();

        browser.get("http://localhost:" + port + "/requests");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(issued.user().getUsername());
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(issued.temporaryPassword(), Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Choose your password"));
        type("#current-password input", issued.temporaryPassword());
        type("#new-password input", "lighthouse marzipan cobalt 31");
        type("#repeat-password input", "lighthouse marzipan cobalt 31");
        WebElement change = wait.until(ExpectedConditions.elementToBeClickable(By.id("change-password")));
        change.click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Deadlines");
    }

    private void type(String css, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }
}
