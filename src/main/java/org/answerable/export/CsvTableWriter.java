package org.answerable.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that Excel opens correctly and safely: UTF-8 with a byte-order mark (else Excel reads
 * "Ynys Môn" as mojibake), and text that a spreadsheet would run as a formula defused with a
 * leading apostrophe (OWASP "CSV injection").
 */
final class CsvTableWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTableWriter() {
    }

    static void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(table.headers().stream().map(CsvTableWriter::defused).toList());
        for (List<Object> row : table.rows()) {
            printer.printRecord(row.stream().map(CsvTableWriter::text).toList());
        }
        printer.flush();
    }

    private static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case LocalDate date -> date.toString();
            case BigDecimal number -> number.toPlainString();
            case Number number -> number.toString();
            case Boolean yes -> yes ? "yes" : "no";
            default -> defused(cell.toString());
        };
    }

    /**
     * Numbers are written as numbers above, so a "-" here always starts text, never a negative
     * figure. A lone "-" (how authorities write "not recorded") cannot be run, so it stays as written.
     */
    static String defused(String text) {
        if (!text.isEmpty() && !text.equals("-") && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
