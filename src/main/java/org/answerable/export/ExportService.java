package org.answerable.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.answerable.reply.Cell;
import org.answerable.reply.DataTable;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's requests, answers and figures as tables to download. Reads go through the request and
 * answer services, so every export holds the signed-in user's team only.
 */
@Service
public class ExportService {

    private static final int PAGE = 500;

    private final RequestService requests;
    private final AnswerService answers;
    private final Clock clock;

    ExportService(RequestService requests, AnswerService answers, Clock clock) {
        this.requests = requests;
        this.answers = answers;
        this.clock = clock;
    }

    /** One row per request matching the requests page's filters. */
    @Transactional(readOnly = true)
    public ExportTable requests(RequestFilter filter) {
        ExportTable.Builder table = new ExportTable.Builder(name("requests"), "Request ID", "Title", "Authority",
                "Authority code", "Regime", "Date sent", "Response due", "Received by authority", "Status", "Reference", "Tags");
        forEachRequest(filter, r -> table.row(r.getId(), r.getTitle(), r.getAuthority().getOfficialName(),
                r.getAuthority().getCode(), r.getRegime().name(), r.getDateSent(), r.getResponseDue(),
                r.getDateReceived(), r.getStatus().label(), r.getAuthorityReference(), String.join("; ", r.getTags())));
        return table.build();
    }

    /** One row per question of the matching requests, answered or not. */
    @Transactional(readOnly = true)
    public ExportTable answers(RequestFilter filter) {
        ExportTable.Builder table = answersTable(name("answers"));
        forEachRequest(filter, r -> addAnswers(table, r));
        return table.build();
    }

    @Transactional(readOnly = true)
    public ExportTable answers(Long requestId) {
        ExportTable.Builder table = answersTable(name("request-" + requestId + "-answers"));
        addAnswers(table, requests.get(requestId));
        return table.build();
    }

    /**
     * Every figure of every answer's table in tidy long form: one row per cell. A suppressed or
     * not-recorded cell has no value and says so in "Marker", so it can never be summed as 0.
     */
    @Transactional(readOnly = true)
    public ExportTable dataValues(RequestFilter filter) {
        ExportTable.Builder table = valuesTable(name("data-values"));
        forEachRequest(filter, r -> addValues(table, r));
        return table.build();
    }

    @Transactional(readOnly = true)
    public ExportTable dataValues(Long requestId) {
        ExportTable.Builder table = valuesTable(name("request-" + requestId + "-data-values"));
        addValues(table, requests.get(requestId));
        return table.build();
    }

    private static ExportTable.Builder answersTable(String name) {
        return new ExportTable.Builder(name, "Request ID", "Request", "Authority", "Authority code", "Question",
                "Question text", "Outcome", "Provisions cited", "Public interest test stated", "Cost estimate",
                "Answer", "Reasoning", "Date sent", "Response due", "Received by authority");
    }

    private void addAnswers(ExportTable.Builder table, FoiRequest r) {
        for (QuestionWithAnswer qa : answers.answersTo(r.getId())) {
            table.row(r.getId(), r.getTitle(), r.getAuthority().getOfficialName(), r.getAuthority().getCode(),
                    qa.question().getLabel(), qa.question().getText(),
                    qa.answer().map(a -> a.getOutcome().label()).orElse("Not answered yet"),
                    qa.answer().map(a -> String.join("; ", a.getProvisionCodes())).orElse(null),
                    qa.answer().map(a -> a.isPublicInterestTestStated()).orElse(null),
                    qa.answer().map(a -> a.getCostEstimate()).orElse(null),
                    qa.answer().map(a -> a.getAnswerText()).orElse(null),
                    qa.answer().map(a -> a.getReasoning()).orElse(null),
                    r.getDateSent(), r.getResponseDue(), r.getDateReceived());
        }
    }

    private static ExportTable.Builder valuesTable(String name) {
        return new ExportTable.Builder(name, "Request ID", "Request", "Authority", "Authority code", "Question",
                "Row dimension", "Row", "Column dimension", "Column", "Value", "As written", "Marker");
    }

    private void addValues(ExportTable.Builder table, FoiRequest r) {
        for (QuestionWithAnswer qa : answers.answersTo(r.getId())) {
            if (qa.table().isEmpty()) {
                continue;
            }
            DataTable figures = qa.table().get();
            for (int row = 0; row < figures.rows().size(); row++) {
                for (int column = 0; column < figures.columnHeaders().size(); column++) {
                    Cell cell = figures.cell(row, column);
                    table.row(r.getId(), r.getTitle(), r.getAuthority().getOfficialName(), r.getAuthority().getCode(),
                            qa.question().getLabel(), figures.rowDimension(), figures.rowHeaders().get(row),
                            figures.columnDimension(), figures.columnHeaders().get(column), cell.value(), cell.raw(),
                            marker(cell));
                }
            }
        }
    }

    private static String marker(Cell cell) {
        return switch (cell.kind()) {
            case SUPPRESSED -> "suppressed";
            case NOT_RECORDED -> "not recorded";
            case TEXT -> cell.raw().isEmpty() ? "blank" : "text";
            case NUMBER, AMOUNT -> null;
        };
    }

    /** Oldest first, in pages, rather than one unbounded query. */
    private void forEachRequest(RequestFilter filter, Consumer<FoiRequest> each) {
        Pageable page = PageRequest.of(0, PAGE, Sort.by("id"));
        Page<FoiRequest> found;
        do {
            found = requests.list(filter, page);
            found.forEach(each);
            page = page.next();
        } while (found.hasNext());
    }

    private String name(String what) {
        return "answerable-" + what + "-" + LocalDate.now(clock);
    }
}
