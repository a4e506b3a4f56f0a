package org.answerable.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.inbox.ReceivedMail.AutomationSignals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailClassifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ordinary letter                        | foi@council.gov.uk        | RE: FOI request       | Please find attached our response. |          | false |          | false | LETTER
            out of office by subject               | j.bloggs@council.gov.uk   | Out of Office: FOI    | I am away until Monday.            |          | false |          | false | AUTOMATIC_REPLY
            auto-submitted, no acknowledgement     | j.bloggs@council.gov.uk   | RE: FOI request       | I no longer work here.             | auto-replied | false |      | false | AUTOMATIC_REPLY
            auto-submitted acknowledgement         | foi@council.gov.uk        | FOI request received  | Thank you for your request, which has been logged. We will respond within 20 working days. | auto-replied | false | | false | LETTER
            Auto-Submitted: no is a person         | foi@council.gov.uk        | RE: FOI request       | Our response is attached.          | no       | false |          | false | LETTER
            X-Autoreply header                     | j.bloggs@council.gov.uk   | RE: FOI request       | Back soon.                         |          | true  |          | false | AUTOMATIC_REPLY
            Precedence auto_reply                  | j.bloggs@council.gov.uk   | RE: FOI request       | Back soon.                         |          | false | auto_reply | false | AUTOMATIC_REPLY
            delivery status report                 | postmaster@mx.org         | Report                | failed                             |          | false |          | true  | BOUNCE
            mailer daemon failure subject          | MAILER-DAEMON@mx.org      | Undeliverable: FOI    | failed                             |          | false |          | false | BOUNCE
            mailer daemon other subject is letter  | mailer-daemon@mx.org      | Weekly digest         | hello                              |          | false |          | false | LETTER
            """)
    void tells_bounces_and_automatic_replies_from_letters(String name, String from, String subject, String text,
            String autoSubmitted, boolean vendorHeader, String precedence, boolean report, MailKind expected) {
        ReceivedMail mail = new ReceivedMail("id", List.of(), from, null, List.of(), subject, null, text, List.of(), null,
                new AutomationSignals(autoSubmitted, vendorHeader, precedence, report), List.of(), "hash");

        assertThat(MailClassifier.kindOf(mail)).isEqualTo(expected);
    }
}
