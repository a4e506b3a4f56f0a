package org.answerable.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.base.NotFoundException;
import org.answerable.reply.Outcome;
import org.answerable.reply.TablePasteParser;
import org.answerable.reply.answer.AnswerDraft;
import org.answerable.reply.answer.AnswerService;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.support.ExploitationRequests;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The downloads are read back as a spreadsheet user or a script would read them. */
@IntegrationTest
class ExportServiceTest {

    @Autowired ExportService exports;
    @Autowired ExploitationRequests examples;
    @Autowired TestUsers users;
    @Autowired RequestService requestService;
    @Autowired AnswerService answers;

    FoiRequest leicester;
    FoiRequest coventry;
    FoiRequest otherTeams;

    @BeforeEach
    void twoRequestsAndAnotherTeams() {
        users.signInNew(Role.MEMBER);
        otherTeams = examples.sendAndAnswer("LCE");
        users.signInNew(Role.MEMBER);
        leicester = examples.sendAndAnswer("LCE");
        coventry = examples.send("COV");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_requests_csv_has_one_row_per_request_of_the_team_in_utf8_with_a_byte_order_mark() throws IOException {
        byte[] csv = write(exports.requests(RequestFilter.none()), ExportFormat.CSV);

        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<CSVRecord> rows = csv(csv);
        assertThat(rows.getFirst().toList()).containsExactly("Request ID", "Title", "Authority", "Authority code",
                "Regime", "Date sent", "Response due", "Received by authority", "Status", "Reference", "Tags");
        assertThat(rows).hasSize(3).extracting(r -> r.get(0))
                .containsExactly("Request ID", leicester.getId().toString(), coventry.getId().toString());
        assertThat(rows.get(1).toList()).containsExactly(leicester.getId().toString(), "Child exploitation 2015-2024",
                "Leicester City Council", "LCE", "FOIA", "2025-06-02", "2025-06-30", "2025-06-02", "Partly refused", "FOI-123", "cse");
    }

    @Test
    void the_requests_export_follows_the_filters() throws IOException {
        RequestFilter refused = new RequestFilter(null, RequestStatus.PARTLY_REFUSED, null, null, null);
        List<CSVRecord> rows = csv(write(exports.requests(refused), ExportFormat.CSV));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(3)).isEqualTo("LCE");
    }

    @Test
    void answers_have_one_row_per_question_and_text_that_looks_like_a_formula_is_defused() throws IOException {
        List<CSVRecord> rows = csv(write(exports.answers(leicester.getId()), ExportFormat.CSV));

        assertThat(rows).hasSize(3);
        CSVRecord refused = rows.get(2);
        assertThat(refused.get(4)).isEqualTo("2");
        assertThat(refused.get(6)).isEqualTo("Refused");
        assertThat(refused.get(7)).isEqualTo("FOIA-s12");
        assertThat(refused.get(8)).isEqualTo("yes");
        assertThat(refused.get(10)).as("the authority's text began with '='").isEqualTo("'=cost would exceed the limit");
        assertThat(rows.get(1).get(6)).isEqualTo("Answered");
    }

    @Test
    void data_values_are_tidy_and_a_suppressed_figure_stays_a_marker_in_csv() throws IOException {
        List<CSVRecord> rows = csv(write(exports.dataValues(RequestFilter.none()), ExportFormat.CSV));

        assertThat(rows).hasSize(5).extracting(r -> r.get(6) + "/" + r.get(8) + "=" + r.get(9) + "|" + r.get(10) + "|" + r.get(11))
                .containsExactly("Row/Column=Value|As written|Marker",
                        "2023/CSE=18|18|", "2023/CCE=|<5|suppressed",
                        "2024/CSE=21|21|", "2024/CCE=|-|not recorded");
        assertThat(rows.get(1).get(3)).isEqualTo("LCE");
    }

    @Test
    void a_typed_table_keeps_its_row_labels_in_the_data_values() throws IOException {
        Question first = requestService.get(coventry.getId()).getQuestions().getFirst();
        answers.save(coventry.getId(), new AnswerDraft(first.getId(), null, Outcome.ANSWERED, "See the table", List.of(), false,
                null, null, null, TablePasteParser.parse("Year\tPotholes\tRepaired\n2023\t140\t95\nTotal\t260\t175").orElseThrow(), 0));

        List<CSVRecord> rows = csv(write(exports.dataValues(coventry.getId()), ExportFormat.CSV));

        assertThat(rows).extracting(r -> r.get(5) + ":" + r.get(6) + "/" + r.get(8) + "=" + r.get(10))
                .containsExactly("Row dimension:Row/Column=As written",
                        "Year:2023/Potholes=140", "Year:2023/Repaired=95", "Year:Total/Potholes=260", "Year:Total/Repaired=175");
    }

    @Test
    void the_xlsx_holds_real_numbers_and_dates_and_a_suppressed_figure_stays_text() throws IOException {
        try (XSSFWorkbook book = xlsx(write(exports.dataValues(leicester.getId()), ExportFormat.XLSX))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row eighteen = sheet.getRow(1);
            assertThat(eighteen.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(eighteen.getCell(9).getNumericCellValue()).isEqualTo(18.0);
            Row suppressed = sheet.getRow(2);
            assertThat(suppressed.getCell(9).getCellType()).as("no value, not 0").isEqualTo(CellType.BLANK);
            assertThat(suppressed.getCell(10).getStringCellValue()).isEqualTo("<5");
            assertThat(suppressed.getCell(11).getStringCellValue()).isEqualTo("suppressed");
        }
        try (XSSFWorkbook book = xlsx(write(exports.requests(RequestFilter.none()), ExportFormat.XLSX))) {
            Row first = book.getSheetAt(0).getRow(1);
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 2));
            assertThat(new DataFormatter().formatCellValue(first.getCell(5))).isEqualTo("2025-06-02");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("LCE");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Request ID");
        }
        try (XSSFWorkbook book = xlsx(write(exports.answers(leicester.getId()), ExportFormat.XLSX))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(10).getCellType())
                    .as("stored as text, never as a formula").isEqualTo(CellType.STRING);
        }
    }

    @Test
    void another_teams_request_cannot_be_exported() {
        assertThatThrownBy(() -> exports.answers(otherTeams.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.dataValues(otherTeams.getId())).isInstanceOf(NotFoundException.class);
        assertThat(exports.dataValues(RequestFilter.none()).rows()).extracting(row -> row.getFirst())
                .containsOnly(leicester.getId());
    }

    private static byte[] write(ExportTable table, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(table, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try (var parser = CSVFormat.EXCEL.parse(new InputStreamReader(
                new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    private static XSSFWorkbook xlsx(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
