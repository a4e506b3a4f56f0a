package org.answerable.campaign.comparison;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Small text helpers shared by the grid and the data comparison. */
final class Texts {

    private Texts() {
    }

    /** The first non-blank line, cut at a word to the given length with an ellipsis. */
    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip()
                .replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        String cut = line.substring(0, max - 1);
        int lastSpace = cut.lastIndexOf(' ');
        boolean midWord = line.charAt(max - 1) != ' ';
        return (midWord && lastSpace > max / 2 ? cut.substring(0, lastSpace) : cut).stripTrailing() + "…";
    }

    /** "FOIA s12" for the catalogue code "FOIA-s12", as campaigners write it. */
    static String provision(String code) {
        return code.replaceFirst("-", " ");
    }

    static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
