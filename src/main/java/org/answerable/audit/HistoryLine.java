package org.answerable.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One change as the history shows it: "Alice changed the title of the request from 'Budget' to
 * 'Budget 2025'". {@code who} is the person's name as colleagues know it.
 */
public record HistoryLine(Long id, Instant at, Long teamId, String who, String entityType, String entityLabel,
        Long requestId, AuditAction action, List<FieldChange> changes) {

    /** One sentence for a creation or deletion, one per changed field for a change. */
    public List<String> sentences() {
        if (action != AuditAction.CHANGED) {
            return List.of(who + " " + action.verb() + " " + entityLabel);
        }
        return changes.stream()
                .map(c -> who + " changed the " + c.field() + " of " + entityLabel + " from " + quoted(c.from())
                        + " to " + quoted(c.to()))
                .toList();
    }

    /** The values a created record started with, or a deleted one had: "title 'Budget', status 'Draft'". */
    public String values() {
        if (action == AuditAction.CHANGED) {
            return "";
        }
        return changes.stream()
                .map(c -> c.field() + " " + quoted(action == AuditAction.CREATED ? c.to() : c.from()))
                .collect(Collectors.joining(", "));
    }

    private static String quoted(String value) {
        return value == null || value.isEmpty() ? "(empty)" : "'" + value + "'";
    }
}
