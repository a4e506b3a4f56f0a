package org.answerable.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MimeMailReaderTest {

    private final MimeMailReader reader = new MimeMailReader();

    static byte[] mail(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_plain_reply_gives_its_ids_addresses_subject_and_text() {
        ReceivedMail mail = reader.read(mail("""
                Message-ID: <abc@leicester.gov.uk>
                In-Reply-To: <sent-1@answerable>
                References: <older@answerable> <sent-1@answerable>
                From: "FOI Team" <FOI@Leicester.gov.uk>
                To: Campaign <campaign+ans-12-0123456789@example.org>
                Cc: other@example.org
                Delivered-To: campaign@example.org
                Subject: =?UTF-8?Q?RE:_Children=E2=80=99s_services_[ANS-12]?=
                Date: Mon, 21 Jul 2025 10:15:00 +0100
                Content-Type: text/plain; charset=UTF-8

                Dear Ms Smith,
                Please find our response below.
                """));

        assertThat(mail.messageId()).isEqualTo("abc@leicester.gov.uk");
        assertThat(mail.referencedIds()).containsExactly("sent-1@answerable", "older@answerable");
        assertThat(mail.fromAddress()).isEqualTo("FOI@Leicester.gov.uk");
        assertThat(mail.fromName()).isEqualTo("FOI Team");
        assertThat(mail.senderDomain()).isEqualTo("leicester.gov.uk");
        assertThat(mail.recipients()).containsExactly("campaign+ans-12-0123456789@example.org", "other@example.org",
                "campaign@example.org");
        assertThat(mail.subject()).isEqualTo("RE: Children\u2019s services [ANS-12]");
        assertThat(mail.sentAt()).hasToString("2025-07-21T09:15:00Z");
        assertThat(mail.text()).isEqualTo("Dear Ms Smith,\nPlease find our response below.");
        assertThat(mail.problems()).isEmpty();
    }

    @Test
    void html_mail_becomes_plain_text_and_its_script_is_gone() {
        ReceivedMail mail = reader.read(mail("""
                Message-ID: <h@x>
                From: foi@council.gov.uk
                Subject: Response
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{color:red}</style><script>alert('x')</script></head>
                <body><p>Dear requester,</p><p>We hold <b>18</b> cases.<br>See the table:</p>
                <table><tr><td>2023</td><td>18</td></tr></table><img src=x onerror=alert(1)></body></html>
                """));

        assertThat(mail.text()).contains("Dear requester,", "We hold 18 cases.\nSee the table:", "2023\t18")
                .doesNotContain("<", "alert", "color:red");
    }

    @Test
    void the_plain_alternative_is_preferred_and_attachments_are_kept_with_names() {
        ReceivedMail mail = reader.read(mail("""
                Message-ID: <m@x>
                From: foi@council.gov.uk
                Subject: Response
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=UTF-8

                Plain words.
                --alt
                Content-Type: text/html; charset=UTF-8

                <p>HTML words.</p>
                --alt--
                --outer
                Content-Type: application/pdf; name="response.pdf"
                Content-Disposition: attachment; filename="response.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --outer--
                """));

        assertThat(mail.text()).isEqualTo("Plain words.");
        assertThat(mail.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("response.pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(new String(file.content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
        });
    }

    @Test
    void a_delivery_report_names_the_letter_that_bounced() {
        ReceivedMail mail = reader.read(mail("""
                Message-ID: <bounce@mx>
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                Subject: Undelivered Mail Returned to Sender
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                Your message could not be delivered.
                --r
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; foi@nowhere.gov.uk
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 User unknown
                --r
                Content-Type: text/rfc822-headers

                Message-ID: <sent-7@answerable>
                Subject: Freedom of Information request [ANS-7]
                --r--
                """));

        assertThat(mail.signals().deliveryStatusReport()).isTrue();
        assertThat(mail.referencedIds()).containsExactly("sent-7@answerable");
        assertThat(mail.originalSubject()).isEqualTo("Freedom of Information request [ANS-7]");
        assertThat(mail.text()).contains("could not be delivered", "550 5.1.1 User unknown");
        assertThat(MailClassifier.kindOf(mail)).isEqualTo(MailKind.BOUNCE);
    }

    @Test
    void a_damaged_structure_is_filed_with_what_could_be_read_and_says_so() {
        ReceivedMail mail = reader.read(mail("""
                Message-ID: <broken@x>
                From: foi@council.gov.uk
                Subject: Response with a broken structure
                Content-Type: multipart/mixed; boundary="never-used"

                This letter lost its MIME boundaries on the way, but its words are still here.
                """));

        assertThat(mail.subject()).isEqualTo("Response with a broken structure");
        assertThat(mail.text()).contains("its words are still here");
        assertThat(mail.problems()).isNotEmpty();
    }

    @Test
    void a_mail_without_message_id_hashes_by_content_so_two_deliveries_match() {
        String body = """
                From: foi@council.gov.uk
                Subject: No id
                Date: Mon, 21 Jul 2025 10:15:00 +0100

                Same words.
                """;
        ReceivedMail first = reader.read(mail("Received: from a by b; Mon, 21 Jul 2025 10:16:00 +0100\n" + body));
        ReceivedMail second = reader.read(mail("Received: from c by d; Mon, 21 Jul 2025 10:19:00 +0100\n" + body));
        ReceivedMail other = reader.read(mail(body.replace("Same words.", "Other words.")));

        assertThat(first.messageId()).isNull();
        assertThat(first.contentHash()).isEqualTo(second.contentHash()).isNotEqualTo(other.contentHash());
    }
}
