package org.answerable.reply.answer;

import java.util.Optional;
import org.answerable.reply.DataTable;

/** An answer with its table of figures read, if it has one. */
public record AnswerWithTable(Answer answer, Optional<DataTable> table) {
}
