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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A campaigner's first session, in a real browser: log in, log a request, find it in the list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestUsers.class)
class RequestJourneyIT {

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
        Browser.quitWithoutConsoleErrors(browser);
    }

    @Test
    void campaigner_logs_in_creates_a_request_and_sees_it_listed() {
        String username = users.create(Role.MEMBER);

        browser.get(url("/requests"));
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));

        browser.get(url("/requests/new"));
        type(By.cssSelector("#title input"), "Child exploitation strategy");
        WebElement authority = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#authority input")));
        authority.sendKeys("Leicester City");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-combo-box-item[normalize-space()='Leicester City Council']"))).click();
        type(By.cssSelector("#request-text textarea"),
                "Please answer:\n1. Does the council have a CSE strategy?\n2. Who attends the partnership meetings?");
        click(By.id("find-questions"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".question-row"), 2));
        click(By.id("save"));

        wait.until(ExpectedConditions.urlMatches(".*/requests/\\d+$"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h2[normalize-space()='Child exploitation strategy']"))).isDisplayed()).isTrue();

        browser.get(url("/requests"));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[.//a[normalize-space()='Child exploitation strategy']]")));
        assertThat(row.getText()).isEqualTo("Child exploitation strategy");
        assertThat(browser.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space()='Leicester']"))).isNotEmpty();
    }

    /** Scrolls to the middle first, so a notification at the bottom edge never covers the target. */
    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void type(By locator, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
