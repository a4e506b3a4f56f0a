package org.answerable.deadline.ui;

import org.answerable.deadline.DateText;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.answerable.authority.Regime;
import org.answerable.deadline.BankHoliday;
import org.answerable.deadline.ComputedDeadline;

/** The dates the calculator found, what each means under the chosen law, and how they were counted. */
class CalculatorResult extends Div {

    final DateBlock responseDue = new DateBlock("response-due", "Response due");
    final DateBlock extendedDue = new DateBlock("extended-due", "40 working days");
    final DateBlock codeReading = new DateBlock("code-reading", "An authority may argue");
    final Paragraph disputed = new Paragraph();
    final UnorderedList explanation = new UnorderedList();

    CalculatorResult() {
        addClassName("calculator-result");
        disputed.setId("disputed");
        disputed.addClassName("deadline-warning");
        explanation.setId("explanation");
        Details howCounted = new Details("How the dates were counted", explanation);
        howCounted.setOpened(true);
        add(responseDue, extendedDue, codeReading, disputed, howCounted);
        clear();
    }

    void clear() {
        setVisible(false);
        extendedDue.setVisible(false);
        codeReading.setVisible(false);
        disputed.setVisible(false);
        explanation.removeAll();
    }

    void showResponseDue(Regime regime, ComputedDeadline due) {
        setVisible(true);
        responseDue.show(due.date(), "The 20th working day after the day of receipt (" + source(regime)
                + "). The reply is late from the next day.");
        due.explanation().forEach(line -> explanation.add(new ListItem(line)));
    }

    /** Holidays before the response date were already listed for it; only the later ones are added. */
    void showExtended(Regime regime, ComputedDeadline extended) {
        extendedDue.show(extended.date(), extensionMeaning(regime));
        List<String> listed = explanation.getChildren().map(item -> ((ListItem) item).getText()).toList();
        extended.explanation().stream().filter(line -> !listed.contains(line))
                .forEach(line -> explanation.add(new ListItem(line)));
    }

    /** The 20-day date is known but the 40th working day falls in a year without holidays. */
    void showExtendedUnknown(String message) {
        extendedDue.showProblem(message);
    }

    /** FOI_RULES §1.3 */
    void showCodeReading(ComputedDeadline reading) {
        codeReading.show(reading.date(), "The request arrived on a non-working day. The 2018 s45 Code of Practice "
                + "reportedly treats it as received on the next working day, one working day later than the Act, "
                + "which counts from the day it actually arrived.");
    }

    /** The 2022 state funeral holiday may not stop clocks that were already running (FOI_RULES §1.2). */
    void showDisputed(ComputedDeadline due, ComputedDeadline extended) {
        List<ComputedDeadline> counts = extended == null ? List.of(due) : List.of(due, extended);
        List<BankHoliday> holidays = counts.stream().flatMap(c -> c.disputedHolidays().stream()).toList();
        if (holidays.isEmpty()) {
            return;
        }
        BankHoliday holiday = holidays.getFirst();
        List<String> otherwise = new ArrayList<>();
        due.dateIfDisputedDaysWorked().ifPresent(d -> otherwise.add("the response is due " + DateText.of(d)));
        if (extended != null) {
            extended.dateIfDisputedDaysWorked().ifPresent(d -> otherwise.add("40 working days end "
                    + DateText.of(d)));
        }
        disputed.setText("Disputed: these dates skip " + DateText.of(holiday.date()) + " (" + holiday.name()
                + "), proclaimed while requests were already running; whether it stops the clock is unsettled. "
                + "If it counts as a working day, " + String.join(" and ", otherwise) + ".");
        disputed.setVisible(true);
    }

    private static String source(Regime regime) {
        return switch (regime) {
            case FOIA -> "FOIA s10(1)";
            case EIR -> "EIR reg 5(2)";
            case FOISA -> "FOISA s10";
            case EISR -> "EISR 2004";
        };
    }

    private static String extensionMeaning(Regime regime) {
        return switch (regime) {
            // FOI_RULES §1.6
            case FOIA -> "The longest the ICO normally accepts when the authority extends to weigh the public "
                    + "interest. WhatDoTheyKnow calls a request long overdue after this day.";
            case EIR -> "The limit when the authority extends for complex and voluminous information (EIR reg 7).";
            case FOISA -> "FOISA allows no extension, so a reply after the response date is late. WhatDoTheyKnow "
                    + "calls a request long overdue after this day.";
            case EISR -> "The limit when the authority extends for complex and voluminous information (EISR 2004).";
        };
    }

    /** One labelled date with a sentence on what it means. */
    static final class DateBlock extends Div {

        final Span day = new Span();
        final Paragraph note = new Paragraph();

        DateBlock(String id, String label) {
            setId(id);
            addClassName("deadline-date");
            Span heading = new Span(label);
            heading.addClassName("deadline-label");
            day.addClassName("deadline-day");
            note.addClassName("deadline-note");
            add(heading, day, note);
        }

        void show(LocalDate date, String meaning) {
            day.setText(DateText.of(date));
            note.setText(meaning);
            note.removeClassName("field-error");
            setVisible(true);
        }

        void showProblem(String message) {
            day.setText("unknown");
            note.setText(message);
            note.addClassName("field-error");
            setVisible(true);
        }
    }
}
