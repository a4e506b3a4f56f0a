package org.answerable.inbox;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML mail as plain text: paragraphs, line breaks, list items and table rows become lines.
 * Nothing of the HTML survives to be rendered, so a hostile mail cannot run script in the app.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html == null ? "" : html);
        document.select("script, style, head, title, noscript, template").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "br" -> out.append('\n');
                        case "li" -> out.append("\n• ");
                        case "td", "th" -> out.append('\t');
                        case "p", "div", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol" ->
                                out.append('\n');
                        default -> { }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && switch (element.normalName()) {
                    case "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote" -> true;
                    default -> false;
                }) {
                    out.append('\n');
                }
            }
        }, document.body());
        return tidy(out.toString());
    }

    /** Trailing spaces off every line, no run of more than one blank line. */
    static String tidy(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ ]+", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }
}
