package org.answerable.deadline.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.answerable.authority.Regime;
import org.answerable.base.ui.DatePickers;
import org.answerable.deadline.ComputedDeadline;
import org.answerable.deadline.DeadlineCalculator;
import org.answerable.deadline.HolidaysUnknownException;
import org.answerable.deadline.Jurisdiction;
import org.answerable.deadline.holidays.HolidayService;

/**
 * Anyone can work out a request's deadlines here, without an account: that is how campaigners
 * find the app. So it has no main layout (which needs a login) and links to the login instead.
 */
@Route(value = "calculator", autoLayout = false)
@PageTitle("Deadline calculator · Answerable")
@Menu(order = 30, title = "Deadline calculator")
@AnonymousAllowed
class DeadlineCalculatorView extends Main {

    private static final int RESPONSE_WORKING_DAYS = 20;
    private static final int EXTENDED_WORKING_DAYS = 40;
    static final String BAD_DATE = "That is not a date. Type it as day/month/year, for example 27/6/2025, "
            + "or pick it from the calendar.";

    final Select<Regime> regime = new Select<>();
    final DatePicker received = DatePickers.of("Date the authority received the request");
    final CalculatorResult result = new CalculatorResult();
    private final HolidayService holidays;

    DeadlineCalculatorView(HolidayService holidays, AuthenticationContext authentication, Clock clock) {
        this.holidays = holidays;
        addClassNames("view", "calculator-view");

        regime.setLabel("Law");
        regime.setItems(Regime.values());
        regime.setItemLabelGenerator(r -> r.fullName() + " (" + r.name() + ")");
        regime.setValue(Regime.FOIA);
        regime.setWidth("28em");
        // Our message about unknown bank holidays must stay until the date changes.
        received.setManualValidation(true);
        received.setLocale(Locale.UK);
        received.setWidth("20em");
        received.setValue(LocalDate.now(clock));
        regime.addValueChangeListener(e -> calculate());
        received.addValueChangeListener(e -> calculate());
        // Typing something that is not a date leaves the value empty: say so at the field.
        received.addValidationStatusChangeListener(e -> calculate());

        Div fields = new Div(regime, received);
        fields.addClassName("filters");
        add(header(authentication), new H2("Deadline calculator"),
                new Paragraph("When must a public body answer? Pick the law and the day your request arrived. "
                        + "Day 0 is the day of receipt; weekends and bank holidays are not counted."),
                fields, result);
        calculate();
    }

    private static Div header(AuthenticationContext authentication) {
        H1 appName = new H1("Answerable");
        appName.addClassName("app-name");
        Anchor link = authentication.isAuthenticated()
                ? new Anchor("requests", "Back to your requests")
                : new Anchor("login", "Log in to track your requests");
        link.setId("account-link");
        Div header = new Div(appName, link);
        header.addClassName("calculator-header");
        return header;
    }

    private void calculate() {
        received.setInvalid(false);
        result.clear();
        LocalDate day = received.getValue();
        Regime law = regime.getValue();
        if (day == null && hasBadInput()) {
            received.setErrorMessage(BAD_DATE);
            received.setInvalid(true);
            return;
        }
        if (day == null || law == null) {
            return;
        }
        received.setHelperText("Non-working days for " + law.name() + ": weekends and bank holidays in "
                + String.join(", ", Jurisdiction.countedFor(law).stream().map(Jurisdiction::displayName).toList()));
        DeadlineCalculator calculator = holidays.calculator(law);
        ComputedDeadline due;
        try {
            due = calculator.workingDaysAfter(day, RESPONSE_WORKING_DAYS);
        } catch (HolidaysUnknownException unknown) {
            received.setErrorMessage(outsideKnownYears(unknown));
            received.setInvalid(true);
            return;
        }
        result.showResponseDue(law, due);
        ComputedDeadline extended = null;
        try {
            extended = calculator.workingDaysAfter(day, EXTENDED_WORKING_DAYS);
            result.showExtended(law, extended);
        } catch (HolidaysUnknownException unknown) {
            result.showExtendedUnknown(outsideKnownYears(unknown));
        }
        result.showDisputed(due, extended);
        // The s45 Code is FOIA's; the other laws' codes say nothing we could verify (FOI_RULES §1.3).
        if (law == Regime.FOIA && calculator.calendar().covers(day) && !calculator.calendar().isWorkingDay(day)) {
            showCodeReading(calculator, day);
        }
    }

    private boolean hasBadInput() {
        return received.getDefaultValidator().apply(null, new ValueContext(received)).isError();
    }

    /**
     * For visitors, who cannot add bank holidays: the engine's own message sends admins to the
     * bank-holiday page, which means nothing here.
     */
    static String outsideKnownYears(HolidaysUnknownException unknown) {
        return "This deadline runs into " + unknown.date().getYear() + ", a year whose bank holidays are not known "
                + "yet, so it can't be worked out. Try a date closer to today.";
    }

    private void showCodeReading(DeadlineCalculator calculator, LocalDate day) {
        try {
            result.showCodeReading(calculator.codeOfPracticeReading(day, RESPONSE_WORKING_DAYS));
        } catch (HolidaysUnknownException unknown) {
            // The statutory date is shown; the later reading would need next year's holidays.
        }
    }
}
