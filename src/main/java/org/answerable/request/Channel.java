package org.answerable.request;

/** How the request reached the authority. */
public enum Channel {
    EMAIL("Email"),
    WEB_FORM("Web form"),
    POST("Post"),
    WHATDOTHEYKNOW("WhatDoTheyKnow");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
