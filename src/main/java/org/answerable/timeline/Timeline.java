package org.answerable.timeline;

import java.util.List;
import java.util.Optional;
import org.answerable.deadline.ClockReading;
import org.answerable.request.FoiRequest;

/**
 * A request's recorded events and its clock today. When the clock can't be read (not sent yet,
 * or beyond the known bank holidays) {@code clockProblem} says why in the user's words.
 */
public record Timeline(FoiRequest request, List<RequestEvent> events, Optional<ClockReading> clock,
        Optional<String> clockProblem) {
}
