package org.answerable.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
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

/** In a real browser: paste Leicester's reply into the assistant, confirm, and see each question's outcome. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestUsers.class)
class PasteReplyJourneyIT {

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;

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
    void campaigner_pastes_an_example_reply_confirms_and_sees_the_outcomes() throws IOException {
        String username = users.create(Role.MEMBER);
        users.signIn(username);
        FoiRequest request = leicesterRequest();
        TestUsers.signOut();

        browser.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));

        browser.get(url("/requests/" + request.getId()));
        click(By.id("paste-reply"));
        WebElement replyText = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-text-area[.//label[normalize-space()='Reply text']]")));
        browser.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                replyText, fixture("replies/leicester-cse-monitoring-2025.txt"));
        click(By.xpath("//vaadin-button[normalize-space()='Propose answers']"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".proposal-row"), 7));
        assertThat(Axe.seriousViolations(browser)).as("the proposals, read with a screen reader or keyboard").isEmpty();
        click(By.xpath("//vaadin-button[normalize-space()='Save these answers']"));

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".proposal-row")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#answers .outcome-badge"), 7));
        @SuppressWarnings("unchecked")
        java.util.List<String> outcomes = (java.util.List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#answers .outcome-badge')).map(e => e.textContent)");
        assertThat(outcomes).hasSize(7).allMatch(t -> !t.contains("No answer yet")).anyMatch(t -> t.contains("Answered"));
    }

    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private FoiRequest leicesterRequest() throws IOException {
        Authority leicester = authorities.findByCode("LCE").orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle("CSE monitoring 2025");
        draft.setAuthority(leicester);
        draft.setRegime(leicester.getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        draft.setQuestions(requests.proposeQuestions(fixture("requests/leicester-cse-monitoring-2025.txt")));
        return requests.create(draft);
    }

    private static String fixture(String path) throws IOException {
        return new ClassPathResource("examples/" + path).getContentAsString(StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
