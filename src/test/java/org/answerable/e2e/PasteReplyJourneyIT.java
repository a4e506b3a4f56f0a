package org.answerable.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignDraft;
import org.answerable.campaign.CampaignService;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * In a real browser: Leicester's reply pasted into the assistant gives each question its outcome, is
 * recorded as a letter and stops the clock;
 * then the evidence packs of that standalone request and of a campaign request download as real
 * PDF and Word files holding the request's questions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestUsers.class)
class PasteReplyJourneyIT {

    static final String CAMPAIGN_QUESTION = "How many children were referred to the exploitation panel each year?";

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired CampaignService campaigns;
    @Autowired AuthorityService authorities;
    @TempDir Path downloads;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        Browser.quitWithoutConsoleErrors(browser);
        TestUsers.signOut();
    }

    @Test
    void campaigner_pastes_a_reply_sees_the_outcomes_and_the_letter_and_downloads_evidence_packs() throws IOException {
        String username = users.create(Role.MEMBER);
        users.signIn(username);
        FoiRequest standalone = leicesterRequest();
        FoiRequest inCampaign = campaignRequest();
        TestUsers.signOut();
        logIn(username);

        browser.get(url("/requests/" + standalone.getId()));
        click(By.id("paste-reply"));
        WebElement replyText = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-text-area[.//label[normalize-space()='Reply text']]")));
        browser.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                replyText, fixture("replies/leicester-cse-monitoring-2025.txt"));
        WebElement received = browser.findElement(
                By.xpath("//vaadin-date-picker[.//label[normalize-space()='Date received']]//input"));
        received.sendKeys(Keys.chord(Keys.CONTROL, "a"), "07/07/2025", Keys.TAB);
        assertThat(browser.findElements(By.cssSelector("vaadin-date-picker[opened]")))
                .as("typing a date and Tab leaves no calendar open to swallow the next click").isEmpty();
        click(By.xpath("//vaadin-button[normalize-space()='Propose answers']"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".proposal-row"), 7));
        assertThat(Axe.seriousViolations(browser)).as("the proposals, read with a screen reader or keyboard").isEmpty();
        click(By.xpath("//vaadin-button[normalize-space()='Save these answers']"));

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".proposal-row")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#answers .outcome-badge"), 7));
        @SuppressWarnings("unchecked")
        List<String> outcomes = (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#answers .outcome-badge')).map(e => e.textContent)");
        assertThat(outcomes).hasSize(7).allMatch(t -> !t.contains("No answer yet")).anyMatch(t -> t.contains("Answered"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clock-state"), "Responded"));
        assertThat(browser.findElements(By.cssSelector(".letter h4"))).extracting(WebElement::getText)
                .as("Replies lists the letter").anyMatch(t -> t.contains("Mon 7 Jul 2025"));

        String standaloneQuestion = requests.proposeQuestions(fixture("requests/leicester-cse-monitoring-2025.txt"))
                .getFirst().text();
        assertThat(pdfText(download("evidence-request-pdf", "evidence-leicester.pdf"))).contains(flat(standaloneQuestion));
        assertThat(wordText(download("evidence-request-word", "evidence-leicester.docx"))).contains(flat(standaloneQuestion));

        browser.get(url("/requests/" + inCampaign.getId()));
        assertThat(pdfText(download("evidence-request-pdf", "evidence-coventry.pdf"))).contains(CAMPAIGN_QUESTION);
        assertThat(wordText(download("evidence-question-word", "evidence-coventry-q1.docx"))).contains(CAMPAIGN_QUESTION);
        assertThat(browser.findElements(By.cssSelector("vaadin-notification-card[theme~='error']")))
                .as("no pack failed").isEmpty();
    }

    private byte[] download(String linkId, String fileName) throws IOException {
        // A script click: the link is the target, whatever toast or drawer edge lies over it at that moment.
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(linkId)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", link);
        Path file = downloads.resolve(fileName);
        wait.until(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        byte[] content = Files.readAllBytes(file);
        Files.delete(file);
        return content;
    }

    private void logIn(String username) {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));
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

    private FoiRequest campaignRequest() {
        CampaignDraft draft = new CampaignDraft();
        draft.setName("Exploitation panels " + System.nanoTime());
        draft.setQuestions(List.of(new QuestionDraft("1", CAMPAIGN_QUESTION)));
        draft.setAuthorities(List.of(authorities.findByCode("COV").orElseThrow(), authorities.findByCode("LCE").orElseThrow()));
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        Campaign campaign = campaigns.create(draft);
        return requests.inCampaign(campaign.getId()).stream().filter(r -> r.getAuthority().getCode().equals("COV"))
                .findFirst().orElseThrow();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(doc));
        }
    }

    private static String wordText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return flat(extractor.getText());
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String fixture(String path) throws IOException {
        return new ClassPathResource("examples/" + path).getContentAsString(StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
