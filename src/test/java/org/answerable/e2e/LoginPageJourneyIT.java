package org.answerable.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.answerable.account.Role;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A first visit and a logout both show Answerable's own login page, never Spring Security's
 * generated "Please sign in" form (which used to appear until a login had failed once).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestUsers.class)
class LoginPageJourneyIT {

    @LocalServerPort int port;
    @Autowired TestUsers users;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        TestUsers.signOut();
    }

    @Test
    void the_first_visit_and_a_logout_both_show_the_branded_login_page() {
        String username = users.create(Role.MEMBER);

        browser.get("http://localhost:" + port + "/");
        assertBrandedLoginPage();

        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#user-menu vaadin-menu-bar-button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();

        wait.until(ExpectedConditions.urlContains("/login"));
        assertBrandedLoginPage();
    }

    private void assertBrandedLoginPage() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        wait.until(ExpectedConditions.titleIs("Log in · Answerable"));
        assertThat(browser.findElements(By.tagName("vaadin-login-form"))).as("Answerable's login view").hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain("Please sign in");
    }
}
