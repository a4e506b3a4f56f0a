package org.answerable.inbox;

import java.nio.charset.StandardCharsets;
import org.answerable.security.CurrentUser;
import org.springframework.boot.test.context.TestComponent;

/** Files raw mail for a team as the poller would, for the view tests (which live in another package). */
@TestComponent
public class ReceivedMailFixture {

    private final MailFiler filer;
    private final CurrentUser currentUser;
    private final MimeMailReader reader = new MimeMailReader();

    ReceivedMailFixture(MailFiler filer, CurrentUser currentUser) {
        this.filer = filer;
        this.currentUser = currentUser;
    }

    /** Files the message; "\n" line ends become CRLF. Returns whether it was filed or put in the Inbox. */
    public String receive(Long teamId, String rawMessage) {
        byte[] raw = rawMessage.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        return currentUser.callAsTeamMailbox(teamId, () -> filer.file(teamId, reader.read(raw), raw)).orElseThrow().name();
    }
}
