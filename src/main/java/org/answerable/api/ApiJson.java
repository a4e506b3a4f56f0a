package org.answerable.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON API's documented shapes. Field names are camelCase, like the deadline API's; dates are
 * ISO (2025-07-28); a field without a value is present and null, so clients can rely on every name.
 */
final class ApiJson {

    private ApiJson() {
    }

    record Authority(Long id, String code, String name) {
    }

    record Request(Long id, String title, Authority authority, String regime, String status, String statusLabel,
            LocalDate dateSent, LocalDate responseDue, LocalDate dateReceived, String reference, List<String> tags) {
    }

    record RequestPage(List<Request> requests, int page, int size, long totalElements, int totalPages) {
    }

    record Question(Long id, String label, String text) {
    }

    record RequestDetail(Long id, String title, Authority authority, String regime, String status,
            String statusLabel, LocalDate dateSent, LocalDate responseDue, LocalDate longOverdueAfter,
            LocalDate dateReceived, String reference, String channel, String whatDoTheyKnowUrl, List<String> tags,
            List<Question> questions) {
    }

    record Answers(Long requestId, List<Answer> answers) {
    }

    /** One per question; {@code answered} is false, and the rest null, until the authority answers it. */
    record Answer(Long questionId, String questionLabel, String questionText, boolean answered, String outcome,
            String outcomeLabel, List<String> provisionsCited, Boolean publicInterestTestStated, String answerText,
            String costEstimate, String reasoning, String redirectTo, Table dataTable) {
    }

    record Table(String rowDimension, String columnDimension, List<String> columns, List<TableRow> rows) {
    }

    record TableRow(String label, List<Cell> cells) {
    }

    /**
     * A figure as the authority wrote it. {@code value} is set only for NUMBER and AMOUNT; a
     * SUPPRESSED ("<5", "c") or NOT_RECORDED ("-") cell keeps its text and has no value, never 0.
     */
    record Cell(String text, String kind, BigDecimal value) {
    }
}
