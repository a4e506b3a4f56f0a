package org.answerable.importing;

import java.util.List;

/**
 * What a spreadsheet column can become on an imported request. The header words are the ones
 * campaigners' trackers use; the first column whose header matches one of them is proposed.
 */
public enum ImportField {
    TITLE("Title", true, List.of("title", "request title", "subject", "topic", "request name", "name")),
    AUTHORITY("Authority", true, List.of("authority", "public authority", "public body", "body", "council",
            "local authority", "organisation", "organization", "sent to", "recipient", "to")),
    DATE_SENT("Date sent", false, List.of("date sent", "sent", "sent on", "date of request", "request date",
            "date requested", "date submitted", "submitted", "date")),
    REFERENCE("Reference", false, List.of("reference", "ref", "authority reference", "their reference",
            "foi reference", "case reference", "case number", "reference number")),
    QUESTIONS("Questions or request text", false, List.of("questions", "question", "request text", "request",
            "text", "wording", "request wording", "details", "what we asked")),
    TAGS("Tags", false, List.of("tags", "tag", "labels", "keywords")),
    WDTK_URL("WhatDoTheyKnow address", false, List.of("whatdotheyknow", "whatdotheyknow url",
            "whatdotheyknow link", "wdtk", "wdtk url", "wdtk link", "url", "link", "web address")),
    REGIME("Law", false, List.of("regime", "law", "act", "legislation", "foi or eir")),
    CHANNEL("Sent by", false, List.of("channel", "sent by", "sent via", "method", "how sent"));

    private final String label;
    private final boolean required;
    private final List<String> headerWords;

    ImportField(String label, boolean required, List<String> headerWords) {
        this.label = label;
        this.required = required;
        this.headerWords = headerWords;
    }

    public String label() {
        return label;
    }

    public boolean isRequired() {
        return required;
    }

    List<String> headerWords() {
        return headerWords;
    }
}
