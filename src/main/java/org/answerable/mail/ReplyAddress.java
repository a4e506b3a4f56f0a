package org.answerable.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Each request's own reply address on a mailbox that accepts sub-addresses, as WhatDoTheyKnow and
 * FragDenStaat do: {@code campaign+ans-1234-3f9a0c21be@example.org} for {@code campaign@example.org}.
 * The short HMAC signature means nobody can guess another request's address and file mail to it.
 * Lower-case hex, because some mail servers lower-case the local part on the way.
 */
public final class ReplyAddress {

    static final int SIGNATURE_LENGTH = 10;
    private static final Pattern TAGGED = Pattern.compile(
            "\\+ans-(\\d{1,18})-([0-9a-f]{" + SIGNATURE_LENGTH + "})@", Pattern.CASE_INSENSITIVE);

    private final byte[] signingKey;

    public ReplyAddress(byte[] signingKey) {
        if (signingKey == null || signingKey.length < 16) {
            throw new IllegalArgumentException("The signing key needs at least 128 bits");
        }
        this.signingKey = signingKey.clone();
    }

    /**
     * @param mailboxAddress the team's address that accepts sub-addresses, e.g. {@code foi@example.org}
     * @throws IllegalArgumentException when it is not a plain {@code local@domain} address
     */
    public String forRequest(String mailboxAddress, long requestId) {
        int at = mailboxAddress == null ? -1 : mailboxAddress.lastIndexOf('@');
        if (at <= 0 || at == mailboxAddress.length() - 1 || mailboxAddress.strip().contains(" ")) {
            throw new IllegalArgumentException("Not an email address: " + mailboxAddress);
        }
        String address = mailboxAddress.strip();
        at = address.lastIndexOf('@');
        return address.substring(0, at) + "+ans-" + requestId + "-" + signature(requestId) + address.substring(at);
    }

    /** The request an address belongs to, if it is one of ours with a valid signature. */
    public Optional<Long> requestIdIn(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = TAGGED.matcher(address);
        if (!m.find()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(1));
        byte[] given = m.group(2).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(id).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(id) : Optional.empty();
    }

    String signature(long requestId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(("request " + requestId).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest).substring(0, SIGNATURE_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
