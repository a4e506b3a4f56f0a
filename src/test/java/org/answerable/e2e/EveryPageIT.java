package org.answerable.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.answerable.e2e.PageSurvey.Page;
import org.answerable.e2e.PageSurvey.Width;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every main page, filled with the demo data, at a desktop's 1366x900 and a phone's 390x844: no
 * serious accessibility fault (axe-core), no error in the browser console, nothing wider than the
 * phone's screen; and what a keyboard or phone user relies on actually works. One app start and
 * one browser for all of it. {@code -Dscreenshots.dir=docs/images} saves the guides' pictures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The demo only goes into an empty database: this test gets one of its own.
        "spring.datasource.url=jdbc:h2:mem:answerable-every-page;DB_CLOSE_DELAY=-1",
        "answerable.demo=true",
        // Vaadin's development tools are not part of the app a user gets, nor of its pictures.
        "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("test")
class EveryPageIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    ChromeDriver browser;
    WebDriverWait wait;
    PageSurvey survey;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        survey = new PageSurvey(browser, "http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void every_main_page_works_on_a_desktop_and_a_phone_for_every_user() {
        long monitoring = id("select id from foi_request where title = 'CSE monitoring 2010-2024'");
        long figures = id("select r.id from foi_request r join authority a on a.id = r.authority_id"
                + " where a.code = 'LCE' and r.campaign_id is not null");
        long campaign = id("select id from campaign");
        List<Page> pages = List.of(
                new Page("requests", "/requests", "requests", true),
                new Page("request page", "/requests/" + figures, "request", true),
                new Page("request with replies", "/requests/" + monitoring, null),
                new Page("new request", "/requests/new", null),
                new Page("edit request", "/requests/" + monitoring + "/edit", null),
                new Page("campaigns", "/campaigns", null),
                new Page("campaign", "/campaigns/" + campaign, "campaign"),
                new Page("comparison", "/campaigns/" + campaign + "/comparison", "comparison"),
                new Page("deadlines", "/dashboard", "deadlines"),
                new Page("refusals", "/refusals", null),
                new Page("insights", "/insights", "insights", true),
                new Page("search replies", "/search", null),
                new Page("authorities", "/authorities", null),
                new Page("users", "/admin/users", null),
                new Page("teams", "/admin/teams", null),
                new Page("audit log", "/admin/audit", null),
                new Page("bank holidays", "/admin/holidays", null),
                new Page("my account", "/account", null),
                new Page("calendar feed", "/calendar", null),
                new Page("inbox", "/inbox", null),
                new Page("team mail", "/team/mail", null),
                new Page("calculator", "/calculator", null));

        for (Width width : List.of(PageSurvey.DESKTOP, PageSurvey.PHONE)) {
            survey.resize(width);
            survey.check(new Page("login", "/login", null), width);
            signIn();
            pages.forEach(page -> survey.check(page, width));
            checkPasteAssistant(monitoring, width);
            signOut();
        }

        assertThat(survey.problems()).as("what a user would trip over").isEmpty();
    }

    @Test
    void a_keyboard_user_skips_the_menu_and_opens_rows_with_enter() {
        survey.resize(PageSurvey.DESKTOP);
        signIn();
        browser.get(url("/requests"));
        survey.waitUntilIdle();
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getText()).as("the first stop of the Tab key").isEqualTo("Skip to content");
        first.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus after the skip link")
                .isEqualTo("main-content");

        browser.get(url("/admin/users"));
        pressEnterOnFirstRow();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));

        browser.get(url("/authorities"));
        pressEnterOnFirstRow();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));

        browser.get(url("/insights"));
        survey.waitUntilIdle();
        browser.executeScript("document.querySelectorAll('vaadin-details.chart-table').forEach(d => d.opened = true)");
        pressEnterOnFirstRow();
        wait.until(ExpectedConditions.urlContains("/refusals?"));
    }

    @Test
    void on_a_phone_the_list_comes_first_and_charts_are_drawn_for_the_screen() {
        survey.resize(PageSurvey.PHONE);
        signIn();
        browser.get(url("/requests"));
        survey.waitUntilIdle();
        WebElement filters = browser.findElement(By.id("filters"));
        assertThat(filters.isDisplayed()).as("filters folded away").isFalse();
        assertThat(browser.findElement(By.id("new-request")).getRect().getX()
                + browser.findElement(By.id("new-request")).getRect().getWidth()).as("New request fits the screen")
                .isLessThanOrEqualTo(390);
        browser.findElement(By.cssSelector(".filters-toggle")).click();
        wait.until(ExpectedConditions.visibilityOf(filters));

        browser.get(url("/insights"));
        survey.waitUntilIdle();
        wait.until(driver -> chartScales().stream().allMatch(scale -> scale < 1.05));
        assertThat(chartScales()).as("each chart shown at the size it was drawn, so its labels keep their size")
                .isNotEmpty().allSatisfy(scale -> assertThat(scale).isBetween(0.95, 1.05));
    }

    /** The paste assistant's dialog: its headings and fields, on top of the request page. */
    private void checkPasteAssistant(long request, Width width) {
        browser.get(url("/requests/" + request));
        survey.waitUntilIdle();
        WebElement paste = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paste-reply")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", paste);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        survey.waitUntilIdle();
        survey.checkAsShown("paste assistant", width);
        if (width == PageSurvey.DESKTOP) {
            survey.screenshot("paste-assistant");
        }
    }

    private void pressEnterOnFirstRow() {
        survey.waitUntilIdle();
        WebElement cell = wait.until(driver -> (WebElement) browser.executeScript("""
                const grid = [...document.querySelectorAll('vaadin-grid')].find(g => g.offsetParent !== null);
                const cell = grid && grid.shadowRoot.querySelector('tbody#items tr:not([hidden]) td');
                return cell || null;
                """));
        browser.executeScript("arguments[0].focus()", cell);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    }

    @SuppressWarnings("unchecked")
    private List<Double> chartScales() {
        return ((List<Number>) browser.executeScript("""
                return [...document.querySelectorAll('.chart svg')].filter(svg => svg.getBoundingClientRect().width > 0)
                    .map(svg => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
                """)).stream().map(Number::doubleValue).toList();
    }

    private void signIn() {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']"))).sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("test-admin-password", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
