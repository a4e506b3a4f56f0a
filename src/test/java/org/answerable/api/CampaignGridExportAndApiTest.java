package org.answerable.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignService;
import org.answerable.campaign.comparison.ComparisonExport;
import org.answerable.campaign.comparison.ComparisonService;
import org.answerable.campaign.comparison.ThreeCouncils;
import org.answerable.export.ExportFormat;
import org.answerable.export.ExportTable;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

/** A campaign's comparison grid as a spreadsheet and through the JSON API, read back as a journalist would. */
@IntegrationTest
class CampaignGridExportAndApiTest {

    @Autowired WebApplicationContext application;
    @Autowired TestUsers users;
    @Autowired CampaignService campaigns;
    @Autowired ComparisonService comparisons;
    @Autowired AuthorityService authorities;
    @Autowired RequestService requests;
    @Autowired ReplyService replies;
    @Autowired AnswerService answers;
    @Autowired ApiTokenService tokens;

    MockMvcTester mvc;
    Campaign campaign;
    String token;

    @BeforeEach
    void aCampaignToThreeCouncilsWithAnswers() {
        Filter security = application.getBean("springSecurityFilterChain", Filter.class);
        mvc = MockMvcTester.from(application, builder -> builder.addFilters(security).build());
        users.signInNew(Role.MEMBER);
        campaign = ThreeCouncils.create(campaigns, authorities);
        ThreeCouncils.answer(replies, answers, requests, requests.inCampaign(campaign.getId()));
        token = tokens.create("grid script", null).secret();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_grid_downloads_as_csv_and_excel_with_each_councils_outcome_per_question() throws IOException {
        ExportTable table = ComparisonExport.of(comparisons.grid(campaign.getId()));

        List<CSVRecord> csv = csv(write(table, ExportFormat.CSV));
        assertThat(csv.getFirst().values()).containsExactly("Authority", "Q1 outcome", "Q1 provisions", "Q1 value",
                "Q2 outcome", "Q2 provisions", "Q2 value");
        CSVRecord coventry = csv.stream().filter(r -> r.get(0).equals("Coventry")).findFirst().orElseThrow();
        assertThat(coventry.get(4)).isEqualTo("Refused");
        assertThat(coventry.get(5)).isEqualTo("FOIA s12");
        CSVRecord birmingham = csv.stream().filter(r -> r.get(0).equals("Birmingham")).findFirst().orElseThrow();
        assertThat(birmingham.get(1)).isEqualTo("Not held");
        assertThat(birmingham.get(4)).isEqualTo("No answer yet");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(table, ExportFormat.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(4);
            Row leicester = rowOf(sheet, "Leicester");
            assertThat(leicester.getCell(1).getStringCellValue()).isEqualTo("Answered");
            assertThat(leicester.getCell(4).getStringCellValue()).isEqualTo("Answered");
        }
    }

    @Test
    void the_json_api_gives_the_grid_of_the_tokens_team_only() {
        MvcTestResult list = call("/api/v1/campaigns");
        assertThat(list).hasStatusOk();
        assertThat(list).bodyJson().extractingPath("$[0].name").asString().isEqualTo(campaign.getName());
        assertThat(list).bodyJson().extractingPath("$[0].authorities").asNumber().isEqualTo(3);

        MvcTestResult grid = call("/api/v1/campaigns/" + campaign.getId() + "/grid");
        assertThat(grid).hasStatusOk();
        assertThat(grid).bodyJson().extractingPath("$.questions[1].summary").asArray()
                .contains("1 of 3 refused Q2 on cost (FOIA s12)");
        assertThat(grid).bodyJson().extractingPath("$.rows[?(@.authority == 'Coventry')].cells[1].outcome")
                .asArray().containsExactly("REFUSED");
        assertThat(grid).bodyJson().extractingPath("$.rows[?(@.authority == 'Coventry')].cells[1].provisions[0]")
                .asArray().containsExactly("FOIA-s12");
        assertThat(grid).bodyJson().extractingPath("$.rows[?(@.authority == 'Birmingham')].cells[1].outcome")
                .asArray().containsOnlyNulls();

        users.signInNew(Role.MEMBER);
        String otherTeamsToken = tokens.create("other team", null).secret();
        MvcTestResult other = mvc.get().uri("/api/v1/campaigns/" + campaign.getId() + "/grid")
                .header("Authorization", "Bearer " + otherTeamsToken).exchange();
        assertThat(other).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(other).bodyJson().extractingPath("$.error").asString().isNotBlank();
        assertThat(mvc.get().uri("/api/v1/campaigns").header("Authorization", "Bearer " + otherTeamsToken).exchange())
                .bodyJson().extractingPath("$").asArray().isEmpty();
        assertThat(mvc.get().uri("/api/v1/campaigns/" + campaign.getId() + "/grid").exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private MvcTestResult call(String path) {
        return mvc.get().uri(path).header("Authorization", "Bearer " + token).exchange();
    }

    private static byte[] write(ExportTable table, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(table, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark, so Excel reads UTF-8").startsWith("\uFEFF");
        try (var parser = CSVFormat.EXCEL.parse(new InputStreamReader(
                new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    private static Row rowOf(Sheet sheet, String authority) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(authority)) {
                return row;
            }
        }
        throw new AssertionError(authority + " not in the sheet");
    }
}
