package org.answerable.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityNameMatcher;
import org.answerable.authority.Nation;
import org.answerable.authority.Regime;
import org.answerable.request.Channel;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final AuthorityNameMatcher DIRECTORY = new AuthorityNameMatcher(List.of(
            council("Leicester City Council", "Leicester", "LCE", Nation.ENGLAND, Regime.FOIA),
            council("Coventry City Council", "Coventry", "COV", Nation.ENGLAND, Regime.FOIA),
            council("City of Edinburgh Council", "Edinburgh", "EDH", Nation.SCOTLAND, Regime.FOISA),
            council("Exampleton City Council", null, null, Nation.ENGLAND, Regime.FOIA),
            council("Exampleton County Council", null, null, Nation.ENGLAND, Regime.FOIA)));

    private static Authority council(String name, String shortName, String code, Nation nation, Regime regime) {
        Authority authority = new Authority(name, nation, regime);
        authority.setShortName(shortName);
        authority.setCode(code);
        return authority;
    }

    private final SpreadsheetReader reader = new SpreadsheetReader();

    // ---- column mapping

    @ParameterizedTest(name = "\"{0}\" maps to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Title                      | TITLE
            Request title              | TITLE
            Subject                    | TITLE
            Council                    | AUTHORITY
            Council name               | AUTHORITY
            Public authority           | AUTHORITY
            Date sent                  | DATE_SENT
            Sent                       | DATE_SENT
            Date                       | DATE_SENT
            Authority reference        | REFERENCE
            Ref.                       | REFERENCE
            Their FOI reference        | REFERENCE
            Questions                  | QUESTIONS
            FOI request text           | QUESTIONS
            Tags                       | TAGS
            WhatDoTheyKnow link        | WDTK_URL
            WDTK URL                   | WDTK_URL
            Law                        | REGIME
            Sent via                   | CHANNEL
            """)
    void a_column_is_proposed_for_the_field_its_header_names(String header, ImportField field) {
        assertThat(ColumnMapping.propose(List.of(header)).column(field)).contains(0);
    }

    @ParameterizedTest(name = "\"{0}\" is not guessed")
    @CsvSource(textBlock = """
            Date of reply
            Status
            Response due
            Notes
            """)
    void headers_for_what_the_import_does_not_read_are_left_unmapped(String header) {
        ColumnMapping mapping = ColumnMapping.propose(List.of(header));
        for (ImportField field : ImportField.values()) {
            assertThat(mapping.has(field)).as(field.name()).isFalse();
        }
    }

    @Test
    void an_exact_header_wins_over_one_that_only_contains_the_word() {
        ColumnMapping mapping = ColumnMapping.propose(List.of("Authority reference", "Authority", "Title", "Notes"));
        assertThat(mapping.column(ImportField.AUTHORITY)).contains(1);
        assertThat(mapping.column(ImportField.REFERENCE)).contains(0);
        assertThat(mapping.column(ImportField.TITLE)).contains(2);
    }

    @Test
    void choosing_a_column_for_another_field_moves_it() {
        ColumnMapping mapping = ColumnMapping.propose(List.of("Title", "Council", "Notes"))
                .with(ImportField.QUESTIONS, 0);
        assertThat(mapping.has(ImportField.TITLE)).isFalse();
        assertThat(mapping.missingRequired()).containsExactly(ImportField.TITLE);
        assertThat(mapping.with(ImportField.TITLE, 2).missingRequired()).isEmpty();
    }

    // ---- dates

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            23/11/2026        | 2026-11-23
            3/4/2025          | 2025-04-03
            03/04/2025        | 2025-04-03
            03.04.2025        | 2025-04-03
            23-11-2026        | 2026-11-23
            23/11/26          | 2026-11-23
            2026-11-23        | 2026-11-23
            2026-11-23T09:30  | 2026-11-23
            23/11/2026 00:00  | 2026-11-23
            23 Nov 2026       | 2026-11-23
            23 nov 2026       | 2026-11-23
            23 November 2026  | 2026-11-23
            23rd November 2026| 2026-11-23
            23-Nov-2026       | 2026-11-23
            23-Nov-26         | 2026-11-23
            1 Sept 2025       | 2025-09-01
            1 Sep 2025        | 2025-09-01
            Monday 23 Nov 2026| 2026-11-23
            November 23, 2026 | 2026-11-23
            """)
    void dates_are_read_day_first_in_the_ways_people_write_them(String typed, LocalDate expected) {
        assertThat(DateCells.read(Cell.text(typed))).isEqualTo(new DateCells.Parsed(expected));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            11/23/2026   | '11/23/2026' looks like a month-first (US) date; write dates day first, as 23/11/2026
            31/02/2025   | '31/02/2025' is not a real date (dates are read day first: 23/11/2025)
            next Tuesday | 'next Tuesday' is not a date; write it as 23/11/2025 or 23 Nov 2025
            2025         | '2025' is not a date; write it as 23/11/2025 or 23 Nov 2025
            """)
    void what_is_not_a_day_first_date_is_refused_with_a_hint(String typed, String message) {
        assertThat(DateCells.read(Cell.text(typed))).isEqualTo(new DateCells.Problem(message));
    }

    @Test
    void a_blank_date_is_no_date() {
        assertThat(DateCells.read(Cell.text("  "))).isNull();
    }

    // ---- rows

    @Test
    void good_rows_become_requests_with_authority_law_questions_and_tags() {
        ImportCheck.Result result = check("""
                Title,Council,Date sent,Reference,Request text,Tags,WhatDoTheyKnow link
                Child exploitation 2015-2024,Leicester,27/06/2025,FOI651119421,"Please tell me:
                1. How many cases?
                2. How many staff?",cse; children,
                Housing repairs,EDH,2025-07-01,,,housing,https://www.whatdotheyknow.com/request/housing_repairs
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.canImport()).isTrue();
        RequestDraft first = result.requests().getFirst().draft();
        assertThat(result.requests().getFirst().row()).isEqualTo(2);
        assertThat(first.getAuthority().getCode()).isEqualTo("LCE");
        assertThat(first.getRegime()).isEqualTo(Regime.FOIA);
        assertThat(first.getDateSent()).isEqualTo(LocalDate.of(2025, 6, 27));
        assertThat(first.getAuthorityReference()).isEqualTo("FOI651119421");
        assertThat(first.getQuestions()).containsExactly(new QuestionDraft("1", "How many cases?"),
                new QuestionDraft("2", "How many staff?"));
        assertThat(first.getTags()).containsExactly("cse", "children");
        assertThat(first.getChannel()).isEqualTo(Channel.EMAIL);

        RequestDraft second = result.requests().get(1).draft();
        assertThat(result.requests().get(1).row()).as("the multi-line cell is one row").isEqualTo(3);
        assertThat(second.getRegime()).as("Scottish council: the Scottish Act").isEqualTo(Regime.FOISA);
        assertThat(second.getChannel()).isEqualTo(Channel.WHATDOTHEYKNOW);
        assertThat(second.getQuestions()).as("no text: the title is the question")
                .containsExactly(new QuestionDraft("1", "Housing repairs"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Misspelt council       | Budget,Lecester,01/02/2025,       | Row 2, Authority: 'Lecester' is not in the directory; did you mean Leicester City Council?
            Unknown council        | Budget,Gotham,01/02/2025,         | Row 2, Authority: 'Gotham' is not in the directory; correct the name, or add the authority to the directory first
            Ambiguous name         | Budget,Exampleton,01/02/2025,     | Row 2, Authority: 'Exampleton' could be Exampleton City Council or Exampleton County Council; use the full name or the directory code
            No authority           | Budget,,01/02/2025,               | Row 2, Authority: no authority
            No title               | ,Leicester,01/02/2025,            | Row 2, Title: no title
            US date                | Budget,Leicester,02/13/2025,      | Row 2, Date sent: '02/13/2025' looks like a month-first (US) date; write dates day first, as 13/02/2025
            Future date            | Budget,Leicester,24/11/2026,      | Row 2, Date sent: The date sent can't be in the future
            Unknown law            | Budget,Leicester,01/02/2025,GDPR  | Row 2, Law: 'GDPR' is not a law the app knows; use FOIA, EIR, FOISA or EISR
            """)
    void a_bad_row_is_reported_with_its_number_column_and_what_to_do(String why, String row, String expected) {
        ImportCheck.Result result = check("Title,Authority,Date sent,Law\nFine,Coventry,01/02/2025,EIR\n" + row + "\n",
                2);
        assertThat(result.problems()).extracting(RowProblem::describe).containsExactly(expected.replace("Row 2", "Row 3"));
        assertThat(result.requests()).as("the good row is still checked").hasSize(1);
        assertThat(result.requests().getFirst().draft().getRegime()).isEqualTo(Regime.EIR);
        assertThat(result.canImport()).isFalse();
    }

    @Test
    void the_same_request_twice_is_reported_on_the_second_row() {
        ImportCheck.Result result = check("Title,Authority,Date sent\nBudget,Leicester,01/02/2025\n\n"
                + "budget,Leicester City Council,1 Feb 2025\n");
        assertThat(result.problems()).extracting(RowProblem::describe).containsExactly(
                "Row 4: repeats row 2 (same title, authority and date sent); remove one of them");
    }

    @Test
    void without_a_title_or_authority_column_no_row_is_checked() {
        Spreadsheet sheet = reader.read("Council name,Notes\nLeicester,x\n".getBytes(StandardCharsets.UTF_8), "t.csv");
        ImportCheck.Result result = new ImportCheck(DIRECTORY, TODAY).check(sheet, ColumnMapping.propose(sheet.headers()), n -> { });
        assertThat(result.mappingProblems()).containsExactly("Choose the column that holds the title");
        assertThat(result.canImport()).isFalse();
    }

    @Test
    void progress_is_reported_while_rows_are_checked() {
        StringBuilder csv = new StringBuilder("Title,Authority\n");
        for (int i = 0; i < 600; i++) {
            csv.append("Request ").append(i).append(",Coventry\n");
        }
        List<Integer> progress = new ArrayList<>();
        Spreadsheet sheet = reader.read(csv.toString().getBytes(StandardCharsets.UTF_8), "big.csv");
        new ImportCheck(DIRECTORY, TODAY).check(sheet, ColumnMapping.propose(sheet.headers()), progress::add);
        assertThat(progress).containsExactly(250, 500, 600);
    }

    // ---- files

    @Test
    void semicolons_a_byte_order_mark_and_windows_1252_are_read() {
        byte[] bom = "\uFEFFTitle;Authority;Date sent\nBudget;Leicester;01/02/2025\n".getBytes(StandardCharsets.UTF_8);
        Spreadsheet semicolons = reader.read(bom, "excel.csv");
        assertThat(semicolons.headers()).containsExactly("Title", "Authority", "Date sent");
        assertThat(semicolons.rows().getFirst().cell(1).text()).isEqualTo("Leicester");

        byte[] ansi = "Title,Authority\nCosts in £ and café,Coventry\n".getBytes(Charset.forName("windows-1252"));
        assertThat(reader.read(ansi, "old.csv").rows().getFirst().cell(0).text()).isEqualTo("Costs in £ and café");
    }

    @Test
    void an_excel_workbook_is_read_from_its_first_sheet_with_real_dates() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tracker");
            CellStyle usDate = workbook.createCellStyle();
            usDate.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("mm/dd/yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Request title");
            header.createCell(1).setCellValue("Council");
            header.createCell(2).setCellValue("Date sent");
            header.createCell(3).setCellValue("Ref");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Child exploitation");
            row.createCell(1).setCellValue("Leicester City Council");
            row.createCell(2).setCellValue(LocalDate.of(2025, 6, 3));
            row.getCell(2).setCellStyle(usDate);
            row.createCell(3).setCellValue(651119421);
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignored");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        Spreadsheet sheet = reader.read(xlsx, "tracker.xlsx");
        ImportCheck.Result result = new ImportCheck(DIRECTORY, TODAY).check(sheet, ColumnMapping.propose(sheet.headers()), n -> { });

        assertThat(result.problems()).isEmpty();
        RequestDraft draft = result.requests().getFirst().draft();
        assertThat(result.requests().getFirst().row()).as("Excel's row number, blank row 2 skipped").isEqualTo(3);
        assertThat(draft.getDateSent()).as("a date cell is a date, whatever its display format")
                .isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(draft.getAuthorityReference()).as("a number is kept as shown, not 6.51119421E8")
                .isEqualTo("651119421");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            old.xls    | old.xls is an old-style Excel file (.xls): open it and save it as .xlsx or .csv, then import that
            fake.xlsx  | fake.xlsx is not a readable .xlsx file
            empty.csv  | empty.csv is empty
            """)
    void files_that_cannot_be_read_say_what_to_do(String fileName, String message) {
        byte[] content = fileName.equals("empty.csv") ? "\n\n".getBytes() : "Title,Authority\n".getBytes();
        assertThatThrownBy(() -> reader.read(content, fileName)).isInstanceOf(UnreadableSpreadsheetException.class)
                .hasMessage(message);
    }

    @Test
    void a_header_without_rows_is_refused() {
        assertThatThrownBy(() -> reader.read("Title,Authority\n\n".getBytes(), "t.csv"))
                .hasMessage("t.csv has a header row but no requests below it");
    }

    private ImportCheck.Result check(String csv) {
        Spreadsheet sheet = reader.read(csv.getBytes(StandardCharsets.UTF_8), "tracker.csv");
        return new ImportCheck(DIRECTORY, TODAY).check(sheet, ColumnMapping.propose(sheet.headers()), n -> { });
    }

    private ImportCheck.Result check(String csv, int expectedRows) {
        ImportCheck.Result result = check(csv);
        assertThat(result.rowCount()).isEqualTo(expectedRows);
        return result;
    }
}
