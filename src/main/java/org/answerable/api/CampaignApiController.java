package org.answerable.api;

import java.util.List;
import org.answerable.campaign.CampaignService;
import org.answerable.campaign.comparison.ComparedQuestion;
import org.answerable.campaign.comparison.ComparisonCell;
import org.answerable.campaign.comparison.ComparisonGrid;
import org.answerable.campaign.comparison.ComparisonService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The token owner's team's campaigns and each campaign's comparison grid, authority by question. */
@RestController
@RequestMapping(path = "/api/v1/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
class CampaignApiController {

    record Campaign(Long id, String name, int authorities) {
    }

    record Grid(Long campaignId, String campaignName, List<Question> questions, List<Row> rows) {
    }

    record Question(Long id, String label, String text, List<String> summary) {
    }

    record Row(Long requestId, String authority, List<Cell> cells) {
    }

    /** {@code outcome} is null while no answer is recorded; {@code value} is the short value the grid shows. */
    record Cell(Long questionId, Long answerId, String outcome, String outcomeLabel, List<String> provisions,
            String value) {
    }

    private final CampaignService campaigns;
    private final ComparisonService comparisons;

    CampaignApiController(CampaignService campaigns, ComparisonService comparisons) {
        this.campaigns = campaigns;
        this.comparisons = comparisons;
    }

    @GetMapping
    List<Campaign> campaigns() {
        return campaigns.list().stream().map(c -> new Campaign(c.id(), c.name(), c.authorities())).toList();
    }

    @GetMapping("/{id}/grid")
    Grid grid(@PathVariable long id) {
        ComparisonGrid grid = comparisons.grid(id);
        List<Question> questions = grid.questions().stream()
                .map(q -> new Question(q.id(), q.label(), q.text(), grid.summary(q).sentences())).toList();
        List<Row> rows = grid.rows().stream().map(row -> new Row(row.requestId(), row.authorityName(),
                grid.questions().stream().map(q -> cell(q, row.cell(q))).toList())).toList();
        return new Grid(grid.campaignId(), grid.campaignName(), questions, rows);
    }

    private static Cell cell(ComparedQuestion question, ComparisonCell cell) {
        return new Cell(question.id(), cell.answerId(), cell.outcome() == null ? null : cell.outcome().name(),
                cell.outcomeText(), cell.provisionCodes(), cell.value());
    }
}
