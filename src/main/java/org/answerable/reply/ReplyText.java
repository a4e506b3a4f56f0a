package org.answerable.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reply's text split into lines and words. Words are lower-cased runs of letters and digits,
 * so that quotes, dashes and punctuation do not stop a restated question from being recognised.
 */
final class ReplyText {

    record Word(String text, int start, int end) {}

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();
    private final List<Word> words;

    ReplyText(String raw) {
        text = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").replace("\u200B", "");
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        words = wordsOf(text);
    }

    static List<Word> wordsOf(String s) {
        List<Word> found = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            found.add(new Word(s.substring(start, i).toLowerCase(Locale.ROOT), start, i));
        }
        return found;
    }

    static List<String> wordTexts(String s) {
        return wordsOf(s).stream().map(Word::text).toList();
    }

    String text() {
        return text;
    }

    List<Word> words() {
        return words;
    }

    int lineCount() {
        return lineStarts.size();
    }

    int lineStart(int line) {
        return lineStarts.get(line);
    }

    /** Where the line ends, before its line break. */
    int lineEnd(int line) {
        return line + 1 < lineStarts.size() ? lineStarts.get(line + 1) - 1 : text.length();
    }

    String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** A line with nothing but spaces; a tab makes it a (blank) table cell, not a blank line. */
    boolean isBlank(int line) {
        return isBlankLine(line(line));
    }

    static boolean isBlankLine(String line) {
        return line.indexOf('\t') < 0 && line.replace('\u00A0', ' ').isBlank();
    }

    /** The line holding the offset. */
    int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** The index of the first word starting at or after the offset. */
    int firstWordFrom(int offset) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
