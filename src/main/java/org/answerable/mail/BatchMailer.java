package org.answerable.mail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Sends several draft requests one by one (a campaign's "send to selected"), reporting each
 * result as it comes. One authority's problem does not stop the others; a problem with the
 * team's own mail server does, since every later letter would fail the same way.
 */
@Service
public class BatchMailer {

    /** Problems with the mail server itself rather than with one letter. */
    private static final Set<MailFailure.Kind> SERVER_PROBLEMS = EnumSet.of(MailFailure.Kind.AUTHENTICATION,
            MailFailure.Kind.UNKNOWN_HOST, MailFailure.Kind.CONNECTION, MailFailure.Kind.TLS);

    /** A request to send, named for the report. */
    public record Recipient(Long requestId, String authorityName) {
    }

    public enum Status { SENT, FAILED, SENT_NOT_RECORDED }

    /** What happened to one request; only {@link Status#FAILED} ones may be tried again. */
    public record Outcome(Recipient recipient, Status status, String message) {
        public boolean canRetry() {
            return status == Status.FAILED;
        }
    }

    private final RequestMailer mailer;

    BatchMailer(RequestMailer mailer) {
        this.mailer = mailer;
    }

    /**
     * @param onEach told of each outcome as soon as it is known, for a progress bar
     * @return every outcome, in the order given
     */
    public List<Outcome> sendEach(List<Recipient> recipients, Consumer<Outcome> onEach) {
        List<Outcome> outcomes = new ArrayList<>();
        String serverProblem = null;
        for (Recipient recipient : recipients) {
            Outcome outcome;
            if (serverProblem != null) {
                outcome = new Outcome(recipient, Status.FAILED, "Not tried: " + serverProblem);
            } else {
                Attempt attempt = sendOne(recipient);
                outcome = attempt.outcome();
                serverProblem = attempt.serverProblem() ? outcome.message() : null;
            }
            outcomes.add(outcome);
            onEach.accept(outcome);
        }
        return outcomes;
    }

    private record Attempt(Outcome outcome, boolean serverProblem) {
    }

    private Attempt sendOne(Recipient recipient) {
        try {
            SentLetter sent = mailer.sendAsComposed(recipient.requestId());
            return new Attempt(new Outcome(recipient, Status.SENT, "Sent to " + sent.to()), false);
        } catch (MailConnectionException e) {
            return new Attempt(new Outcome(recipient, Status.FAILED, e.getMessage()),
                    SERVER_PROBLEMS.contains(e.failure().kind()));
        } catch (SendRefusedException | InvalidInputException | ConcurrentEditException | NotFoundException e) {
            return new Attempt(new Outcome(recipient, Status.FAILED, e.getMessage()), false);
        } catch (SentButNotRecordedException e) {
            return new Attempt(new Outcome(recipient, Status.SENT_NOT_RECORDED, e.getMessage()), false);
        }
    }
}
