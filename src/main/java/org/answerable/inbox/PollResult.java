package org.answerable.inbox;

import java.util.List;

/**
 * What one reading of a mailbox did.
 *
 * @param reached whether the mailbox could be opened at all
 */
public record PollResult(boolean reached, int filed, int toInbox, int alreadyFiled, List<String> problems) {

    public PollResult {
        problems = List.copyOf(problems);
    }

    static PollResult unreachable(String problem) {
        return new PollResult(false, 0, 0, 0, List.of(problem));
    }

    /** One sentence for the person who pressed "Check mail now". */
    public String summary() {
        if (!reached) {
            return problems.getFirst();
        }
        String done = filed + (filed == 1 ? " message" : " messages") + " filed, " + toInbox + " put in the Inbox.";
        return problems.isEmpty() ? done : done + " " + String.join(" ", problems);
    }
}
