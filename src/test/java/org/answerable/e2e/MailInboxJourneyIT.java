package org.answerable.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.mail.MailSecurity;
import org.answerable.mail.MailSettingsForm;
import org.answerable.mail.MailSettingsService;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** In a real browser: replies wait in the team's mailbox; "Check mail now" files one and keeps the other in the Inbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestUsers.class)
class MailInboxJourneyIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired MailSettingsService mailSettings;

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
    void campaigner_checks_mail_and_sees_the_reply_on_its_request_and_the_stray_mail_in_the_inbox() throws Exception {
        GreenMailUser mailbox = greenMail.setUser("campaign@example.org", "campaign", "mailbox secret");
        String username = users.create(Role.ADMIN);
        users.signIn(username);
        MailSettingsForm form = new MailSettingsForm();
        form.setImapHost("127.0.0.1");
        form.setImapPort(greenMail.getImap().getPort());
        form.setImapSecurity(MailSecurity.NONE);
        form.setImapUsername("campaign");
        form.setImapPassword("mailbox secret");
        mailSettings.save(form);
        FoiRequest request = sentRequest();
        TestUsers.signOut();
        deliver(mailbox, "<reply@leicester>", "RE: Children missing from care [ANS-" + request.getId() + "]",
                "<p>Dear Ms Smith,</p><p>Please find attached our response. We hold the information requested: "
                        + "42 children went missing in 2024.</p>");
        deliver(mailbox, "<stray@elsewhere>", "Question about your campaign", "<p>Who are you writing for?</p>");

        browser.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));

        browser.get(url("/inbox"));
        click(By.id("check-mail"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".inbox-mail"), 1));
        assertThat(browser.findElement(By.cssSelector(".inbox-mail")).getText())
                .contains("Question about your campaign", "Nothing in it names one of the team's requests.");
        screenshots("inbox");

        browser.get(url("/requests/" + request.getId()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("received-mail")));
        assertThat(browser.findElement(By.id("received-mail")).getText())
                .contains("RE: Children missing from care", "the subject carries the request's tag");
        assertThat(browser.findElement(By.id("replies")).getText()).contains("Response");
        screenshots("request");
    }

    private FoiRequest sentRequest() {
        Authority leicester = authorities.findByCode("LCE").orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Children missing from care");
        draft.setAuthority(leicester);
        draft.setRegime(leicester.getDefaultRegime());
        draft.setDateSent(LocalDate.now().minusDays(12));
        draft.setQuestions(List.of(new QuestionDraft("1", "How many children went missing from care in 2024?")));
        return requests.create(draft);
    }

    private static void deliver(GreenMailUser mailbox, String id, String subject, String html) throws Exception {
        String raw = """
                Message-ID: %s
                From: FOI Team <foi@council.example>
                To: campaign@example.org
                Subject: %s
                Date: %s
                Content-Type: text/html; charset=UTF-8

                %s
                """.formatted(id, subject, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.UK).format(ZonedDateTime.now()),
                html).replace("\n", "\r\n");
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    /** Desktop and phone widths, for a person to look at (target/screenshots). */
    private void screenshots(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            Thread.sleep(300);
            Files.write(folder.resolve("mail-" + name + "-" + size.getWidth() + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
