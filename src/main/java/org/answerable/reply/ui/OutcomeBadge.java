package org.answerable.reply.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.answerable.reply.Outcome;

/** An outcome as coloured text with a symbol, so it reads without colour too. */
public class OutcomeBadge extends Span {

    public OutcomeBadge(Outcome outcome) {
        super(symbol(outcome) + " " + outcome.label());
        addClassNames("outcome-badge", outcome.name().toLowerCase(Locale.ROOT));
    }

    public static OutcomeBadge unanswered() {
        OutcomeBadge badge = new OutcomeBadge(Outcome.NOT_ADDRESSED);
        badge.setText("… No answer yet");
        badge.addClassName("none");
        return badge;
    }

    private static String symbol(Outcome outcome) {
        return switch (outcome) {
            case ANSWERED -> "✓";
            case PARTLY_ANSWERED -> "◐";
            case REFUSED, NEITHER_CONFIRM_NOR_DENY -> "✗";
            case NOT_HELD -> "∅";
            case REDIRECTED -> "→";
            case CLARIFICATION_SOUGHT -> "?";
            case NOT_ADDRESSED -> "–";
        };
    }
}
