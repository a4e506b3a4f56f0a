package org.answerable.deadline.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.answerable.authority.Regime;

/** Reads the API's query parameters; every refusal names the parameter and shows what would work. */
final class Parameters {

    private static final String REGIMES = String.join(", ",
            Arrays.stream(Regime.values()).map(Regime::name).toList());

    private Parameters() {
    }

    static Regime regime(String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException("regime is missing: use one of " + REGIMES);
        }
        try {
            return Regime.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadParameterException("regime \"" + value + "\" is unknown: use one of " + REGIMES);
        }
    }

    static LocalDate requiredDate(String name, String value) {
        return optionalDate(name, value).orElseThrow(() -> new BadParameterException(name
                + " is missing: give the date the authority received the request, e.g. " + name + "=2025-06-27"));
    }

    static Optional<LocalDate> optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException malformed) {
            throw new BadParameterException(name + " \"" + value + "\" is not a date: write it as YYYY-MM-DD, "
                    + "e.g. 2025-06-27");
        }
    }
}
