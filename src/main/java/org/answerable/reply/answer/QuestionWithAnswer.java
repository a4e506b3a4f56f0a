package org.answerable.reply.answer;

import java.util.Optional;
import org.answerable.reply.DataTable;
import org.answerable.request.Question;

/** One question of a request with its answer, if the authority has given one. */
public record QuestionWithAnswer(Question question, Optional<Answer> answer, Optional<DataTable> table) {
}
