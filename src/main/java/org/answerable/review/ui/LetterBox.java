package org.answerable.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.answerable.base.ui.DatePickers;
import org.answerable.base.ui.Downloads;
import org.answerable.authority.Regime;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.review.InternalReview;
import org.answerable.review.ReviewCase;
import org.answerable.review.ReviewService;

/** The review letter: edit, copy, download, and record when it was sent. */
class LetterBox extends Div {

    final TextArea letter = new TextArea("Review letter");
    final DatePicker dateSent = DatePickers.of("Date you sent it");
    final Checkbox extended = new Checkbox("The authority said it needs longer (up to 40 working days)");
    final Button save = new Button("Save letter and date sent");

    LetterBox(ReviewService reviews, ReviewCase c, boolean canEdit, Runnable refresh) {
        InternalReview review = c.review();
        letter.setWidthFull();
        letter.setMaxLength(InternalReview.LETTER_MAX_LENGTH);
        letter.setValue(review.getLetterText() == null ? "" : review.getLetterText());
        letter.setReadOnly(!canEdit);
        letter.setId("review-letter");
        // Selecting the whole text is the simplest copy that works in every browser without clipboard permissions.
        Button selectAll = new Button("Select all to copy",
                e -> letter.getElement().executeJs("this.inputElement.select()"));
        selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor download = Downloads.link("Download as .txt", "The letter could not be downloaded; select it and copy it instead.",
                DownloadHandler.fromInputStream(event -> {
                    byte[] text = (review.getLetterText() == null ? "" : review.getLetterText()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(text), "internal-review-request.txt",
                            "text/plain;charset=UTF-8", text.length);
                }));
        download.setId("download-review-letter");
        add(letter, new HorizontalLayout(selectAll, download));
        if (!canEdit) {
            return;
        }
        dateSent.setValue(review.getDateSent());
        dateSent.setMax(LocalDate.now());
        dateSent.setId("review-date-sent");
        extended.setValue(review.isExtended());
        extended.setVisible(c.regime() == Regime.FOIA && review.getDateSent() != null);
        save.setId("save-review-letter");
        save.addClickListener(e -> {
            dateSent.setInvalid(false);
            letter.setInvalid(false);
            try {
                reviews.recordSent(review.getId(), letter.getValue(), dateSent.getValue(), extended.getValue(),
                        review.getVersion());
                Notification.show("Review letter saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh.run();
            } catch (InvalidInputException problem) {
                var field = problem.field().equals("letterText") ? letter : dateSent;
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            } catch (ConcurrentEditException conflict) {
                Notification.show(conflict.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        HorizontalLayout sent = new HorizontalLayout(dateSent, extended, save);
        sent.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        sent.setWrap(true);
        add(sent);
    }
}
