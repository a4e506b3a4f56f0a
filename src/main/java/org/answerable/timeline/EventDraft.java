package org.answerable.timeline;

import java.time.LocalDate;

/** A timeline event as entered in the form; {@code newDueDate} only for a FOIA extension. */
public record EventDraft(TimelineEventType type, LocalDate date, LocalDate newDueDate, String note) {
}
