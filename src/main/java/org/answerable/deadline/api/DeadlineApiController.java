package org.answerable.deadline.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.answerable.authority.Regime;
import org.answerable.deadline.BankHoliday;
import org.answerable.deadline.ChallengeClocks;
import org.answerable.deadline.ChallengeDeadline;
import org.answerable.deadline.ComputedDeadline;
import org.answerable.deadline.DeadlineCalculator;
import org.answerable.deadline.HolidaysUnknownException;
import org.answerable.deadline.holidays.HolidayService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statutory deadlines as JSON, for scripts and other sites: the same engine and bank holidays as
 * the app. Public, since it holds no private data. Dates are ISO strings; a date the engine marks
 * unverified (FOI_RULES ⚠) comes with {@code <name>Unverified: true}.
 */
@RestController
class DeadlineApiController {

    static final String PATH = "/api/deadlines";
    private static final int RESPONSE_WORKING_DAYS = 20;
    private static final int EXTENDED_WORKING_DAYS = 40;
    private static final Logger log = LoggerFactory.getLogger(DeadlineApiController.class);

    private final HolidayService holidays;

    DeadlineApiController(HolidayService holidays) {
        this.holidays = holidays;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> deadlines(
            @RequestParam(name = "regime", required = false) String regimeParam,
            @RequestParam(name = "received", required = false) String receivedParam,
            @RequestParam(name = "responded", required = false) String responded,
            @RequestParam(name = "reviewRequested", required = false) String reviewRequested,
            @RequestParam(name = "reviewOutcome", required = false) String reviewOutcome,
            @RequestParam(name = "decisionNotice", required = false) String decisionNotice) {
        Regime regime = Parameters.regime(regimeParam);
        LocalDate received = Parameters.requiredDate("received", receivedParam);
        DeadlineCalculator calculator = holidays.calculator(regime);
        ComputedDeadline due = counting("received", received,
                () -> calculator.workingDaysAfter(received, RESPONSE_WORKING_DAYS));
        ComputedDeadline extended = counting("received", received,
                () -> calculator.workingDaysAfter(received, EXTENDED_WORKING_DAYS));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("regime", regime.name());
        json.put("received", received.toString());
        json.put("responseDue", due.date().toString());
        json.put("extendedDue", extended.date().toString());
        json.put("skippedHolidays", extended.skippedHolidays().stream().map(DeadlineApiController::holiday).toList());

        ChallengeClocks clocks = holidays.challengeClocks();
        Parameters.optionalDate("responded", responded).ifPresent(day -> put(json, "reviewRequestBy",
                counting("responded", day, () -> clocks.reviewRequestBy(regime, day))));
        Parameters.optionalDate("reviewRequested", reviewRequested).ifPresent(day -> {
            put(json, "reviewDue", counting("reviewRequested", day, () -> clocks.reviewDue(regime, day)));
            counting("reviewRequested", day, () -> clocks.reviewExtendedDue(regime, day))
                    .ifPresent(extendedReview -> put(json, "reviewExtendedDue", extendedReview));
        });
        Parameters.optionalDate("reviewOutcome", reviewOutcome).ifPresent(day ->
                put(json, "commissionerComplaintBy", clocks.commissionerComplaintBy(regime, day)));
        Parameters.optionalDate("decisionNotice", decisionNotice).ifPresent(day ->
                put(json, "appealBy", clocks.appealBy(regime, day)));
        return json;
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<Map<String, String>> badParameter(BadParameterException problem) {
        return error(HttpStatus.BAD_REQUEST, problem.getMessage());
    }

    /** Whatever else goes wrong, callers get JSON they can show, never Spring's error page. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> unexpected(RuntimeException failure) {
        log.error("Deadline API failed", failure);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "The deadlines could not be computed; please try again later.");
    }

    /** Counting past the stored bank holidays is refused by the engine: the caller's date is the cause. */
    private static <T> T counting(String parameter, LocalDate from, Supplier<T> count) {
        try {
            return count.get();
        } catch (HolidaysUnknownException unknown) {
            throw new BadParameterException("Can't count from " + parameter + "=" + from + ": " + unknown.getMessage());
        }
    }

    private static void put(Map<String, Object> json, String name, ChallengeDeadline deadline) {
        json.put(name, deadline.date().toString());
        if (deadline.unverified()) {
            json.put(name + "Unverified", true);
        }
    }

    private static Map<String, String> holiday(BankHoliday holiday) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("date", holiday.date().toString());
        json.put("name", holiday.name());
        json.put("jurisdiction", holiday.jurisdiction().key());
        return json;
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
