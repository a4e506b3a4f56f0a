package org.answerable.inbox;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.answerable.inbox.ReceivedMail.AutomationSignals;
import org.answerable.inbox.ReceivedMail.MailFile;

/**
 * Reads a raw message (RFC 5322 / MIME) into a {@link ReceivedMail}. Every part is read on its
 * own: a damaged part becomes a named problem and the rest is still read; a structure that cannot
 * be read at all leaves the raw body as the text.
 */
public final class MimeMailReader {

    /** The longest text kept, as for a letter typed in by hand. */
    static final int MAX_TEXT_CHARS = 1_000_000;
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Session SESSION = Session.getInstance(new Properties());

    public ReceivedMail read(byte[] raw) {
        Reading reading = new Reading();
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            reading.problems.add("The message could not be read as email: " + e.getMessage());
            reading.text.append(new String(raw, StandardCharsets.UTF_8));
            return reading.toMail(null, null, null, List.of(), null, null, AutomationSignals.NONE);
        }
        String messageId = firstId(header(message, "Message-ID", reading));
        List<String> referenced = new ArrayList<>(ids(header(message, "In-Reply-To", reading)));
        ids(header(message, "References", reading)).stream().filter(id -> !referenced.contains(id)).forEach(referenced::add);
        InternetAddress from = from(message, reading);
        String subject = subject(message, reading);
        java.time.Instant sentAt = null;
        try {
            sentAt = message.getSentDate() == null ? null : message.getSentDate().toInstant();
        } catch (MessagingException | RuntimeException e) {
            reading.problems.add("The message's date could not be read.");
        }
        AutomationSignals signals = new AutomationSignals(header(message, "Auto-Submitted", reading),
                header(message, "X-Autoreply", reading) != null || header(message, "X-Autorespond", reading) != null
                        || header(message, "X-Autoreply-From", reading) != null,
                header(message, "Precedence", reading), isDeliveryReport(message));
        reading.walk(message, 0);
        if (reading.text.isEmpty() && reading.attachments.isEmpty() && !reading.problems.isEmpty()) {
            reading.rawBody(message);
        }
        referenced.addAll(reading.bouncedIds.stream().filter(id -> !referenced.contains(id)).toList());
        return reading.toMail(messageId, referenced, from, recipients(message, reading), subject, sentAt, signals);
    }

    private static boolean isDeliveryReport(MimeMessage message) {
        try {
            ContentType type = new ContentType(message.getContentType());
            return type.match("multipart/report") && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    private static String header(Part part, String name, Reading reading) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0].strip();
        } catch (MessagingException | RuntimeException e) {
            reading.problems.add("The " + name + " header could not be read.");
            return null;
        }
    }

    private static InternetAddress from(MimeMessage message, Reading reading) {
        try {
            Address[] from = message.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address : null;
        } catch (MessagingException | RuntimeException e) {
            String rawFrom = header(message, "From", reading);
            reading.problems.add("The sender's address could not be read" + (rawFrom == null ? "." : ": " + rawFrom));
            return null;
        }
    }

    private static String subject(MimeMessage message, Reading reading) {
        try {
            return message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            reading.problems.add("The subject could not be decoded.");
            return header(message, "Subject", reading);
        }
    }

    private static List<String> recipients(MimeMessage message, Reading reading) {
        Set<String> found = new LinkedHashSet<>();
        for (String name : new String[] {"To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"}) {
            try {
                String[] values = message.getHeader(name);
                if (values == null) {
                    continue;
                }
                for (String value : values) {
                    for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                        if (address.getAddress() != null) {
                            found.add(address.getAddress().strip().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            } catch (MessagingException | RuntimeException e) {
                reading.problems.add("Some addresses in " + name + " could not be read.");
            }
        }
        return List.copyOf(found);
    }

    static String firstId(String header) {
        List<String> ids = ids(header);
        if (!ids.isEmpty()) {
            return ids.getFirst();
        }
        return header == null || header.isBlank() ? null : header.strip();
    }

    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        Matcher m = MESSAGE_ID.matcher(header);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The state of reading one message's parts. */
    private static final class Reading {
        final StringBuilder text = new StringBuilder();
        final List<MailFile> attachments = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<String> bouncedIds = new ArrayList<>();
        String originalSubject;

        void walk(Part part, int depth) {
            try {
                if (depth > 20) {
                    problems.add("The message nests parts too deeply; the innermost were not read.");
                    return;
                }
                String disposition = part.getDisposition();
                String fileName = fileName(part);
                boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName != null;
                if (part.isMimeType("multipart/alternative")) {
                    alternative((Multipart) part.getContent(), depth);
                } else if (part.isMimeType("multipart/*")) {
                    Multipart multipart = (Multipart) part.getContent();
                    for (int i = 0; i < multipart.getCount(); i++) {
                        walk(multipart.getBodyPart(i), depth + 1);
                    }
                } else if (part.isMimeType("message/delivery-status")) {
                    appendText(readText(part));
                } else if (part.isMimeType("text/rfc822-headers") || (part.isMimeType("message/rfc822") && depth > 0
                        && bouncedIds.isEmpty() && isInsideReport(part))) {
                    originalHeaders(part);
                } else if (!attached && part.isMimeType("text/plain")) {
                    appendText(readText(part));
                } else if (!attached && part.isMimeType("text/html")) {
                    appendText(HtmlText.of(readText(part)));
                } else {
                    attachment(part, fileName);
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                problems.add("A part of the message could not be read (" + describe(part) + "): " + e.getMessage());
            }
        }

        /** Plain text when the sender gave it, else the HTML turned into text. */
        private void alternative(Multipart alternatives, int depth) throws MessagingException {
            BodyPart chosen = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart candidate = alternatives.getBodyPart(i);
                if (candidate.isMimeType("text/plain")) {
                    chosen = candidate;
                    break;
                }
                if (chosen == null || candidate.isMimeType("text/html") || candidate.isMimeType("multipart/*")) {
                    chosen = candidate;
                }
            }
            if (chosen != null) {
                walk(chosen, depth + 1);
            }
        }

        private boolean isInsideReport(Part part) {
            return part instanceof BodyPart body && body.getParent() != null
                    && body.getParent().getContentType() != null
                    && body.getParent().getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/report");
        }

        /** The bounced letter's headers: its Message-ID and subject tie the report to the request. */
        private void originalHeaders(Part part) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                InternetHeaders headers = new InternetHeaders(in);
                String id = firstId(headers.getHeader("Message-ID", null));
                if (id != null) {
                    bouncedIds.add(id);
                }
                String subject = headers.getHeader("Subject", null);
                if (subject != null) {
                    originalSubject = MimeUtility.decodeText(MimeUtility.unfold(subject));
                }
            }
        }

        private void attachment(Part part, String fileName) throws MessagingException, IOException {
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readAllBytes();
            }
            String type = baseType(part.getContentType());
            String name = fileName != null ? fileName : "attachment-" + (attachments.size() + 1) + extensionFor(type);
            attachments.add(new MailFile(name, type, bytes));
        }

        void appendText(String part) {
            if (part == null || part.isBlank()) {
                return;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(HtmlText.tidy(part));
        }

        void rawBody(MimeMessage message) {
            try (InputStream in = message.getRawInputStream()) {
                appendText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                problems.add("The message's structure is damaged; its raw text is shown instead.");
            } catch (MessagingException | IOException | RuntimeException e) {
                problems.add("The message's body could not be read at all.");
            }
        }

        ReceivedMail toMail(String messageId, List<String> referenced, InternetAddress from, List<String> recipients,
                String subject, java.time.Instant sentAt, AutomationSignals signals) {
            String body = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text.toString();
            if (text.length() > MAX_TEXT_CHARS) {
                problems.add("The text was cut at " + MAX_TEXT_CHARS + " characters.");
            }
            String address = from == null ? null : from.getAddress();
            String name = from == null ? null : from.getPersonal();
            return new ReceivedMail(messageId, referenced == null ? List.of() : referenced, address, name, recipients,
                    subject, sentAt, body, attachments, originalSubject, signals, problems,
                    contentHash(address, subject, sentAt, body, attachments));
        }
    }

    private static String readText(Part part) throws MessagingException, IOException {
        Object content;
        try {
            content = part.getContent();
        } catch (java.io.UnsupportedEncodingException e) {
            // An unknown charset: read the bytes as UTF-8 rather than lose the text.
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (content instanceof String s) {
            return s;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charsetOf(part));
        }
    }

    private static Charset charsetOf(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(name));
        } catch (MessagingException | RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | IOException | RuntimeException e) {
            return "attachment";
        }
    }

    private static String baseType(String contentType) {
        try {
            return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static String extensionFor(String type) {
        return switch (type) {
            case "application/pdf" -> ".pdf";
            case "message/rfc822" -> ".eml";
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            default -> ".bin";
        };
    }

    private static String describe(Part part) {
        try {
            return baseType(part.getContentType());
        } catch (MessagingException | RuntimeException e) {
            return "unknown type";
        }
    }

    /** What the message says, independent of the path it took: two deliveries of one letter hash alike. */
    static String contentHash(String from, String subject, java.time.Instant sentAt, String text, List<MailFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String piece : new String[] {from, subject, sentAt == null ? null : sentAt.toString(), text}) {
                digest.update(String.valueOf(piece).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            for (MailFile file : files) {
                digest.update(String.valueOf(file.fileName()).getBytes(StandardCharsets.UTF_8));
                digest.update(file.content());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
