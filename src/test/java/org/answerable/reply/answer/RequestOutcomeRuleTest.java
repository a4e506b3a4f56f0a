package org.answerable.reply.answer;

import static org.answerable.reply.Outcome.ANSWERED;
import static org.answerable.reply.Outcome.CLARIFICATION_SOUGHT;
import static org.answerable.reply.Outcome.NEITHER_CONFIRM_NOR_DENY;
import static org.answerable.reply.Outcome.NOT_HELD;
import static org.answerable.reply.Outcome.PARTLY_ANSWERED;
import static org.answerable.reply.Outcome.REDIRECTED;
import static org.answerable.reply.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.answerable.reply.Outcome;
import org.answerable.request.RequestStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestOutcomeRuleTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(outcomes(ANSWERED, ANSWERED, REDIRECTED), RequestStatus.ANSWERED),
                Arguments.of(outcomes(NOT_HELD, NOT_HELD), RequestStatus.NOT_HELD),
                Arguments.of(outcomes(REFUSED, NOT_HELD, NEITHER_CONFIRM_NOR_DENY), RequestStatus.REFUSED),
                Arguments.of(outcomes(ANSWERED, REFUSED), RequestStatus.PARTLY_REFUSED),
                Arguments.of(outcomes(ANSWERED, PARTLY_ANSWERED), RequestStatus.PARTLY_REFUSED),
                Arguments.of(outcomes(ANSWERED, NOT_HELD, null), RequestStatus.PARTLY_REFUSED),
                Arguments.of(outcomes(ANSWERED, null), RequestStatus.PARTLY_ANSWERED),
                Arguments.of(outcomes(ANSWERED, CLARIFICATION_SOUGHT), RequestStatus.PARTLY_ANSWERED),
                Arguments.of(outcomes((Outcome) null, null), null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void the_request_status_follows_the_answers_to_its_questions(List<Outcome> perQuestion, RequestStatus expected) {
        assertThat(RequestOutcomeRule.statusFor(perQuestion)).isEqualTo(expected);
    }

    private static List<Outcome> outcomes(Outcome... outcomes) {
        return Arrays.asList(outcomes);
    }
}
