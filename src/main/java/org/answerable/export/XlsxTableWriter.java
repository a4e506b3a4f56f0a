package org.answerable.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet with a bold, frozen header row; dates and figures as real dates and numbers so they
 * sort and sum. Text is always stored as text, so nothing is run as a formula. Streams rows to
 * disk, so a team's whole history fits in little memory.
 */
final class XlsxTableWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT = " […cut: longer than a spreadsheet cell allows]";

    private XlsxTableWriter() {
    }

    static void write(ExportTable table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

            Row headings = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = headings.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    set(row.createCell(c), values.get(c), date);
                }
            }
            workbook.write(out);
        }
    }

    private static void set(Cell cell, Object value, CellStyle dateStyle) {
        switch (value) {
            case null -> cell.setBlank();
            case LocalDate day -> {
                cell.setCellValue(day);
                cell.setCellStyle(dateStyle);
            }
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean yes -> cell.setCellValue(yes ? "yes" : "no");
            default -> cell.setCellValue(fitted(value.toString()));
        }
    }

    private static String fitted(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - CUT.length()) + CUT;
    }
}
