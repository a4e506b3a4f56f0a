package org.answerable.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an .xlsx file, or a .csv file as Excel, LibreOffice or Google Sheets
 * save it: comma- or semicolon-separated (Excel in many European locales uses ";"), UTF-8 with or
 * without a byte-order mark, or Windows-1252 from older Excel. The first non-blank row holds the
 * headers; blank rows are skipped but keep their numbers, so "Row 14" is row 14 on screen.
 */
public final class SpreadsheetReader {

    public static final int MAX_ROWS = 20_000;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public Spreadsheet read(byte[] content, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, OLE2) || name.endsWith(".xls")) {
            throw new UnreadableSpreadsheetException(fileName + " is an old-style Excel file (.xls): "
                    + "open it and save it as .xlsx or .csv, then import that");
        }
        if (startsWith(content, ZIP)) {
            return readXlsx(content, fileName);
        }
        if (name.endsWith(".xlsx")) {
            throw new UnreadableSpreadsheetException(fileName + " is not a readable .xlsx file");
        }
        return readCsv(content, fileName);
    }

    private Spreadsheet readCsv(byte[] content, String fileName) {
        String text = decode(content);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text)).setTrim(true).get();
        List<List<Cell>> raw = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<Cell> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(Cell.text(value)));
                raw.add(cells);
                numbers.add((int) record.getRecordNumber());
                checkSize(raw.size(), fileName);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableSpreadsheetException(fileName + " could not be read as CSV: a quoted cell may not be "
                    + "closed. Save it again from your spreadsheet program as CSV (UTF-8)", e);
        }
        return sheet(fileName, raw, numbers);
    }

    /** UTF-8 (a leading byte-order mark dropped); anything that is not valid UTF-8 is Windows-1252. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** The separator of the header line: whichever of , ; or tab it holds most of, outside quotes. */
    private static char delimiterOf(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r') && comma + semicolon + tab > 0) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private Spreadsheet readXlsx(byte[] content, String fileName) {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        List<List<Cell>> raw = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableSpreadsheetException(fileName + " has no sheets");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cellOf(row.getCell(c), formatter));
                }
                raw.add(cells);
                numbers.add(row.getRowNum() + 1);
                checkSize(raw.size(), fileName);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableSpreadsheetException unreadable) {
                throw unreadable;
            }
            throw new UnreadableSpreadsheetException(fileName + " could not be read as an Excel workbook (.xlsx)", e);
        }
        return sheet(fileName, raw, numbers);
    }

    private static Cell cellOf(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return new Cell(formatter.formatCellValue(cell),
                    cell.getLocalDateTimeCellValue().toLocalDate());
        }
        if (type == CellType.STRING) {
            return Cell.text(cell.getStringCellValue());
        }
        return Cell.text(type == CellType.BLANK || type == CellType.ERROR ? "" : formatter.formatCellValue(cell));
    }

    private static void checkSize(int rows, String fileName) {
        if (rows > MAX_ROWS + 1) {
            throw new UnreadableSpreadsheetException(fileName + " has more than " + String.format("%,d", MAX_ROWS)
                    + " rows: split it into smaller files and import them one after the other");
        }
    }

    private static Spreadsheet sheet(String fileName, List<List<Cell>> raw, List<Integer> numbers) {
        int header = 0;
        while (header < raw.size() && raw.get(header).stream().allMatch(Cell::isBlank)) {
            header++;
        }
        if (header == raw.size()) {
            throw new UnreadableSpreadsheetException(fileName + " is empty");
        }
        List<String> headers = raw.get(header).stream().map(Cell::text).toList();
        List<SheetRow> rows = new ArrayList<>();
        for (int i = header + 1; i < raw.size(); i++) {
            SheetRow row = new SheetRow(numbers.get(i), List.copyOf(raw.get(i)));
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new UnreadableSpreadsheetException(fileName + " has a header row but no requests below it");
        }
        return new Spreadsheet(fileName, headers, rows);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
