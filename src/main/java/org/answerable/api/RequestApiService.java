package org.answerable.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.answerable.reply.DataTable;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the team's requests and answers into the API's JSON shapes, inside one read-only
 * transaction so tags and questions load. Scoping to the token's team is the request and answer
 * services' own.
 */
@Service
class RequestApiService {

    private final RequestService requests;
    private final AnswerService answers;

    RequestApiService(RequestService requests, AnswerService answers) {
        this.requests = requests;
        this.answers = answers;
    }

    /** Oldest first by id, so pages stay stable while new requests are added. */
    @Transactional(readOnly = true)
    public ApiJson.RequestPage list(RequestFilter filter, int page, int size) {
        Page<FoiRequest> found = requests.list(filter, PageRequest.of(page, size, Sort.by("id")));
        return new ApiJson.RequestPage(found.getContent().stream().map(RequestApiService::summary).toList(),
                page, size, found.getTotalElements(), found.getTotalPages());
    }

    @Transactional(readOnly = true)
    public ApiJson.RequestDetail get(Long id) {
        FoiRequest r = requests.get(id);
        return new ApiJson.RequestDetail(r.getId(), r.getTitle(), authority(r), r.getRegime().name(),
                r.getStatus().name(), r.getStatus().label(), r.getDateSent(), r.getResponseDue(),
                r.getLongOverdueAfter(), r.getDateReceived(), r.getAuthorityReference(), r.getChannel().name(),
                r.getWdtkUrl(), r.getTags(),
                r.getQuestions().stream().map(q -> new ApiJson.Question(q.getId(), q.getLabel(), q.getText())).toList());
    }

    @Transactional(readOnly = true)
    public ApiJson.Answers answers(Long requestId) {
        return new ApiJson.Answers(requestId, answers.answersTo(requestId).stream().map(RequestApiService::answer).toList());
    }

    private static ApiJson.Request summary(FoiRequest r) {
        return new ApiJson.Request(r.getId(), r.getTitle(), authority(r), r.getRegime().name(), r.getStatus().name(),
                r.getStatus().label(), r.getDateSent(), r.getResponseDue(), r.getDateReceived(),
                r.getAuthorityReference(), r.getTags());
    }

    private static ApiJson.Authority authority(FoiRequest r) {
        return new ApiJson.Authority(r.getAuthority().getId(), r.getAuthority().getCode(),
                r.getAuthority().getOfficialName());
    }

    private static ApiJson.Answer answer(QuestionWithAnswer qa) {
        Optional<ApiJson.Table> table = qa.table().map(RequestApiService::table);
        return qa.answer().map(a -> new ApiJson.Answer(qa.question().getId(), qa.question().getLabel(),
                        qa.question().getText(), true, a.getOutcome().name(), a.getOutcome().label(),
                        a.getProvisionCodes(), a.isPublicInterestTestStated(), a.getAnswerText(), a.getCostEstimate(),
                        a.getReasoning(), a.getRedirectTo(), table.orElse(null)))
                .orElseGet(() -> new ApiJson.Answer(qa.question().getId(), qa.question().getLabel(),
                        qa.question().getText(), false, null, null, List.of(), null, null, null, null, null, null));
    }

    private static ApiJson.Table table(DataTable t) {
        List<ApiJson.TableRow> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            rows.add(new ApiJson.TableRow(t.rowHeaders().get(r), t.rows().get(r).stream()
                    .map(c -> new ApiJson.Cell(c.raw(), c.kind().name(), c.value())).toList()));
        }
        return new ApiJson.Table(t.rowDimension(), t.columnDimension(), t.columnHeaders(), rows);
    }
}
