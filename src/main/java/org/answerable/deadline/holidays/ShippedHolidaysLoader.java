package org.answerable.deadline.holidays;

import org.answerable.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills an empty holiday table from the GOV.UK data shipped with the app (2015-2027). */
@Component
@Order(2)
class ShippedHolidaysLoader implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(ShippedHolidaysLoader.class);

    private final HolidayService holidays;

    ShippedHolidaysLoader(HolidayService holidays) {
        this.holidays = holidays;
    }

    @Override
    public void run() {
        if (holidays.isEmpty()) {
            int added = holidays.addMissing(new BankHolidayFileParser().parseShipped());
            log.info("Loaded {} UK bank holidays (2015-2027)", added);
        }
    }
}
