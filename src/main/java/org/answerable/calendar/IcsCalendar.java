package org.answerable.calendar;

import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.answerable.timeline.UpcomingDeadline;

/** Writes deadlines as all-day iCalendar events (RFC 5545), one per deadline. */
final class IcsCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private IcsCalendar() {
    }

    static String of(List<UpcomingDeadline> deadlines, String baseUrl) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Answerable//FOI deadlines//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (UpcomingDeadline deadline : deadlines) {
            VEvent event = new VEvent(deadline.date(), deadline.what() + ": " + deadline.requestLabel());
            // A stable id per request and kind, so calendar apps update the event when the date moves.
            event.add(new Uid("answerable-" + deadline.requestId() + "-" + slug(deadline.what()) + "@answerable"));
            event.add(new Description(deadline.authorityName() + "\n" + baseUrl + "requests/" + deadline.requestId()));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
