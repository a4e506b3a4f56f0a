package org.answerable.reply.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.answerable.deadline.DateText;
import org.answerable.reply.letter.Attachment;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyService;

/** Full-text search over the team's letters and the text of their attachments. */
@Route("search")
@PageTitle("Search replies · Answerable")
@Menu(order = 18, title = "Search replies")
@PermitAll
class SearchRepliesView extends Main {

    private static final int SNIPPET = 120;

    final TextField query = new TextField();
    final Button search = new Button("Search");
    final VerticalLayout results = new VerticalLayout();

    SearchRepliesView(ReplyService replies) {
        addClassName("view");
        query.setPlaceholder("Words in letters and attachments");
        query.setAriaLabel("Search replies");
        query.setWidth("min(30rem, 100%)");
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        search.addClickListener(e -> show(replies.searchNamingRequests(query.getValue()), query.getValue()));
        results.setPadding(false);
        results.setId("search-results");
        add(new H2("Search replies"), new HorizontalLayout(query, search), results);
    }

    private void show(List<ReplyService.SearchHit> found, String words) {
        results.removeAll();
        if (found.isEmpty()) {
            results.add(new Paragraph(words.isBlank() ? "Type some words to search for." : "No letter or attachment contains \"" + words.strip() + "\"."));
            return;
        }
        found.forEach(result -> {
            Reply reply = result.reply();
            Anchor request = new Anchor("requests/" + reply.getRequestId(), result.requestLabel());
            request.addClassName("search-hit-request");
            Span letter = new Span(reply.getType().label() + " · received " + DateText.of(reply.getDateReceived()));
            letter.addClassName("search-hit-letter");
            Div hit = new Div(request, letter);
            snippet(reply, words).ifPresent(text -> hit.add(new Paragraph(text)));
            hit.addClassName("search-hit");
            results.add(hit);
        });
    }

    /** The words in context, from the letter or else the first attachment that contains them. */
    private static java.util.Optional<String> snippet(Reply reply, String words) {
        String needle = words.strip().toLowerCase(Locale.ROOT);
        return java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(reply.getLetterText()),
                        reply.getAttachments().stream().map(Attachment::getExtractedText).filter(t -> t != null))
                .filter(t -> t.toLowerCase(Locale.ROOT).contains(needle)).findFirst().map(text -> {
                    int at = text.toLowerCase(Locale.ROOT).indexOf(needle);
                    int from = Math.max(0, at - SNIPPET / 2);
                    int to = Math.min(text.length(), at + needle.length() + SNIPPET / 2);
                    return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
                });
    }
}
