package org.answerable.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Pins "today" to Monday 21 July 2025, so deadline tests don't depend on the day they run. */
@TestConfiguration
public class FixedClock {

    public static final LocalDate TODAY = LocalDate.of(2025, 7, 21);

    @Bean
    @Primary
    Clock fixedClock() {
        ZoneId uk = ZoneId.of("Europe/London");
        return Clock.fixed(TODAY.atStartOfDay(uk).plusHours(9).toInstant(), uk);
    }
}
