package org.appeals.email.inbound;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML of a mail into the text a person would read: jsoup parses it (entities decoded, scripts, styles and
 * comments kept apart from the text), and the body's text comes out with a line break for each {@code <br>} and after
 * each block that mail programs use for lines and paragraphs. Not a general HTML renderer: no tables, no lists' bullets.
 */
final class HtmlText {

    private static final Set<String> LINE_BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote");

    private HtmlText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder();
        Jsoup.parse(html).body().traverse(new Lines(text));
        return text.toString().replace('\u00A0', ' ')
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" *\n *", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    /** Collects text nodes as written (line breaks in the source stay) and the line breaks the markup stands for. */
    private record Lines(StringBuilder text) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element element && element.normalName().equals("br")) {
                text.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && LINE_BLOCKS.contains(element.normalName())) {
                text.append('\n');
            }
        }
    }
}
