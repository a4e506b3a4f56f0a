package org.answerable.campaign.comparison;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.answerable.campaign.Campaign;
import org.answerable.base.NotFoundException;
import org.answerable.campaign.CampaignService;
import org.answerable.reply.DataTable;
import org.answerable.reply.answer.Answer;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.AnswerWithTable;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.request.RequestService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lines up a campaign's answers authority by authority. The number of queries does not grow with
 * the number of authorities: the campaign, its requests, then all their answers at once.
 */
@Service
public class ComparisonService {

    private final CampaignService campaigns;
    private final RequestService requests;
    private final AnswerService answers;

    ComparisonService(CampaignService campaigns, RequestService requests, AnswerService answers) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.answers = answers;
    }

    /** The grid of a campaign of the signed-in user's team; another team's campaign is not found. */
    @Transactional(readOnly = true)
    public ComparisonGrid grid(Long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        List<ComparedQuestion> questions = campaign.getQuestions().stream()
                .map(q -> new ComparedQuestion(q.getId(), q.getLabel(), q.getText())).toList();
        List<FoiRequest> found = requests.inCampaign(campaignId);
        Map<Long, AnswerWithTable> byQuestion = new HashMap<>();
        answers.answersToRequests(found.stream().map(FoiRequest::getId).toList())
                .forEach(a -> byQuestion.put(a.answer().getQuestionId(), a));
        List<ComparisonRow> rows = found.stream()
                .map(request -> row(request, questions, byQuestion))
                .sorted(Comparator.comparing(ComparisonRow::authorityName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new ComparisonGrid(campaign.getId(), campaign.getName(), questions, rows);
    }

    /** The figures given for one campaign question, combined; see {@link DataComparison#of}. */
    @Transactional(readOnly = true)
    public DataComparison figures(Long campaignId, Long campaignQuestionId, String measure) {
        ComparisonGrid grid = grid(campaignId);
        ComparedQuestion question = grid.questions().stream().filter(q -> q.id().equals(campaignQuestionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("question"));
        return DataComparison.of(grid, question, measure);
    }

    private static ComparisonRow row(FoiRequest request, List<ComparedQuestion> questions, Map<Long, AnswerWithTable> byQuestion) {
        Map<Long, Question> asked = new HashMap<>();
        request.getQuestions().stream().filter(q -> q.getCampaignQuestionId() != null)
                .forEach(q -> asked.putIfAbsent(q.getCampaignQuestionId(), q));
        Map<Long, ComparisonCell> cells = new LinkedHashMap<>();
        for (ComparedQuestion cq : questions) {
            Question question = asked.get(cq.id());
            AnswerWithTable found = question == null ? null : byQuestion.get(question.getId());
            cells.put(cq.id(), found == null ? ComparisonCell.unanswered(request.getId(), question == null ? null : question.getId())
                    : cell(request.getId(), found.answer(), found.table()));
        }
        return new ComparisonRow(request.getId(), request.getAuthority().displayName(), cells);
    }

    private static ComparisonCell cell(Long requestId, Answer answer, Optional<DataTable> table) {
        return new ComparisonCell(requestId, answer.getQuestionId(), answer.getId(), answer.getOutcome(),
                answer.getProvisionCodes(), ShortValue.of(answer.getAnswerText(), table), table);
    }
}
