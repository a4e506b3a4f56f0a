package org.answerable.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser: a campaign to three councils is created from a pasted list, Leicester's real
 * reply is recorded with the paste assistant and Coventry's refusal by hand, and the comparison
 * grid shows who answered, who refused and who has not replied.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestUsers.class)
class CampaignJourneyIT {

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
        TestUsers.signOut();
    }

    @Test
    void campaigner_sends_one_question_set_to_three_councils_and_compares_the_answers() throws IOException {
        String username = users.create(Role.MEMBER);
        browser.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));

        browser.get(url("/campaigns/new"));
        type(field("vaadin-text-field", "Campaign name"), "Exploitation 2015-2024");
        setValue(field("vaadin-text-area", "Request text"), fixture("requests/leicester-cse-cce-2015-2024.txt"));
        click(By.id("find-questions"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("vaadin-text-area.question-text"), 6));
        setValue(field("vaadin-text-area", "One name or code per line"), "Leicester\nCoventry City Council\nBIR");
        click(By.id("add-pasted"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen-summary"), "3 chosen"));
        WebElement dateSent = wait.until(ExpectedConditions.visibilityOfElementLocated(field("vaadin-date-picker", "Date sent")));
        dateSent.findElement(By.cssSelector("input")).sendKeys("02/06/2025", Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-date-picker-overlay[opened]")));
        click(By.id("create-campaign"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress")));
        assertThat(browser.findElement(By.id("count-overdue")).getText()).isEqualTo("Overdue: 3");

        openRequestOf("Leicester");
        click(By.id("paste-reply"));
        setValue(field("vaadin-text-area", "Reply text"), fixture("replies/leicester-cse-cce-2015-2024.txt"));
        click(By.xpath("//vaadin-button[normalize-space()='Propose answers']"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".proposal-row"), 6));
        click(By.xpath("//vaadin-button[normalize-space()='Save these answers']"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".proposal-row")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answers"), "Partly answered"));

        click(By.linkText("Exploitation 2015-2024"));
        openRequestOf("Coventry");
        click(By.xpath("(//vaadin-button[normalize-space()='Record answer'])[1]"));
        click(field("vaadin-select", "Outcome"));
        click(By.xpath("//vaadin-select-item[normalize-space()='Refused']"));
        click(By.xpath("//vaadin-button[normalize-space()='Save answer']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answers"), "Refused"));

        click(By.linkText("Exploitation 2015-2024"));
        click(By.id("open-comparison"));
        wait.until(ExpectedConditions.urlContains("/comparison"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[contains(., 'No answer yet')]")));
        assertThat(cellTexts()).anyMatch(t -> t.contains("Partly answered"))
                .anyMatch(t -> t.contains("Refused"))
                .anyMatch(t -> t.contains("No answer yet"));
    }

    private void openRequestOf(String authority) {
        click(By.xpath("//vaadin-grid-cell-content//a[normalize-space()='" + authority + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answers")));
    }

    @SuppressWarnings("unchecked")
    private List<String> cellTexts() {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(e => e.textContent)");
    }

    private By field(String tag, String label) {
        return By.xpath("//" + tag + "[.//label[normalize-space()='" + label + "']]");
    }

    private void type(By locator, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        WebElement input = field.findElement(By.cssSelector("input"));
        input.sendKeys(text, Keys.TAB);
    }

    private void setValue(By locator, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        browser.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                field, value);
    }

    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static String fixture(String path) throws IOException {
        return new ClassPathResource("examples/" + path).getContentAsString(StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
