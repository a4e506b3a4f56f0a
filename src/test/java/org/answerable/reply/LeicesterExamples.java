package org.answerable.reply;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.answerable.request.QuestionSplitter;

/** The three real Leicester City Council replies and the requests they answer. */
final class LeicesterExamples {

    static final String CSE_CCE = "leicester-cse-cce-2015-2024.txt";
    static final String MONITORING = "leicester-cse-monitoring-2025.txt";
    static final String STRATEGY = "leicester-child-exploitation-strategy.txt";

    private LeicesterExamples() {
    }

    static String reply(String name) {
        return read("/examples/replies/" + name);
    }

    /** The request's questions as the request splitter proposes them. */
    static List<QuestionRef> questions(String name) {
        return new QuestionSplitter().split(read("/examples/requests/" + name)).stream()
                .map(q -> new QuestionRef(q.label(), q.text())).toList();
    }

    static String read(String path) {
        try (InputStream in = LeicesterExamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
