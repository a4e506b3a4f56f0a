package org.answerable.review.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** A challenge step dated after its window: said at the date as it is typed, and on the saved record. */
final class LateWarning {

    private LateWarning() {
    }

    /** The warning as the date field's helper text, or {@code usual} when the date is in time. */
    static void show(DatePicker date, Optional<String> warning, String usual) {
        date.setHelperText(warning.orElse(usual));
        if (warning.isPresent()) {
            date.addClassName("late-warning");
        } else {
            date.removeClassName("late-warning");
        }
    }

    /** The line on a saved review or complaint. */
    static Optional<Span> line(Optional<String> warning, String id) {
        return warning.map(text -> {
            Span line = new Span(text);
            line.setId(id);
            line.addClassName("late-warning");
            return line;
        });
    }
}
