package org.answerable.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.answerable.account.Team;
import org.answerable.account.TeamService;
import org.answerable.authority.AuthorityService;
import org.answerable.reply.AnswerProposal;
import org.answerable.reply.Citation;
import org.answerable.reply.Provision;
import org.answerable.reply.answer.AnswerDraft;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.Channel;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sample itself: Leicester City Council's three real replies recorded question by question with
 * the paste assistant, and a campaign of the same questions to several councils (see
 * {@link DemoCampaign}). Dates are set back from today so that deadlines are met, missed and still
 * running whenever the demo is started.
 */
@Component
class DemoContent {

    static final String DEMO_TAG = "demo";

    private final TeamService teams;
    private final RequestService requests;
    private final ReplyService replies;
    private final AnswerService answers;
    private final AuthorityService authorities;
    private final DemoCampaign campaign;
    private final Clock clock;

    DemoContent(TeamService teams, RequestService requests, ReplyService replies, AnswerService answers,
            AuthorityService authorities, DemoCampaign campaign, Clock clock) {
        this.teams = teams;
        this.requests = requests;
        this.replies = replies;
        this.answers = answers;
        this.authorities = authorities;
        this.campaign = campaign;
        this.clock = clock;
    }

    @Transactional
    void load(Team team) {
        teams.rename(team.getId(), team.getVersion(), DemoDataLoader.DEMO_TEAM_NAME);
        LocalDate today = LocalDate.now(clock);
        FoiRequest monitoring = request("CSE monitoring 2010-2024", "leicester-cse-monitoring-2025.txt", today.minusDays(58));
        recordReply(monitoring, "leicester-cse-monitoring-2025.txt", today.minusDays(33), "FOI 651119421");
        FoiRequest strategy = request("Child exploitation strategy and panels", "leicester-child-exploitation-strategy.txt",
                today.minusDays(50));
        recordReply(strategy, "leicester-child-exploitation-strategy.txt", today.minusDays(29), "FOI 651120877");
        campaign.load(this, today);
    }

    FoiRequest request(String title, String requestFile, LocalDate sent) {
        String text = read("/demo/requests/" + requestFile);
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(authorities.findByCode("LCE").orElseThrow());
        draft.setRegime(draft.getAuthority().getDefaultRegime());
        draft.setChannel(Channel.EMAIL);
        draft.setDateSent(sent);
        draft.setRequestText(text);
        draft.setQuestions(requests.proposeQuestions(text));
        draft.setTags(Set.of(DEMO_TAG));
        return requests.create(draft);
    }

    /** Records a real reply as a letter, then its answers as the paste assistant proposes them. */
    void recordReply(FoiRequest request, String replyFile, LocalDate received, String reference) {
        String letter = read("/demo/replies/" + replyFile);
        Reply reply = replies.record(request.getId(), new ReplyDraft(ReplyType.RESPONSE, received, reference, letter, null));
        List<Question> questions = requests.get(request.getId()).getQuestions();
        List<AnswerDraft> drafts = new ArrayList<>();
        for (AnswerProposal proposal : answers.propose(request.getId(), letter).answers()) {
            if (proposal.answerText().isBlank()) {
                continue;
            }
            drafts.add(new AnswerDraft(questions.get(proposal.questionIndex()).getId(), reply.getId(),
                    proposal.suggestedOutcome(), proposal.answerText(),
                    proposal.citations().stream().map(Citation::provision).map(Provision::code).distinct().toList(),
                    proposal.publicInterestTestStated(), proposal.costEstimate().orElse(null), null, null,
                    proposal.table().orElse(null), 0));
        }
        answers.saveAll(request.getId(), drafts);
    }

    static String read(String path) {
        try (InputStream in = DemoContent.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
