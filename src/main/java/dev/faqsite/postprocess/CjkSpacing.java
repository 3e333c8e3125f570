package dev.faqsite.postprocess;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Full-width punctuation (：，。) carries its own space; a space typed after it, as in {@code **计算资源需求：** 文本},
 * shows as a double gap. Such spaces are dropped from contributor prose, never from code.
 */
final class CjkSpacing {
    private static final Evaluator CODE = QueryParser.parse("code, pre");
    private static final Pattern AFTER_FULL_WIDTH = Pattern.compile("([\\u3001\\u3002\\uFF01\\uFF0C\\uFF1A\\uFF1B\\uFF1F])[ \\t]+");
    private static final Pattern ENDS_FULL_WIDTH = Pattern.compile("[\\u3001\\u3002\\uFF01\\uFF0C\\uFF1A\\uFF1B\\uFF1F]$");

    private CjkSpacing() {
    }

    /** @param regions the elements holding contributor prose */
    static void tidy(List<Element> regions) {
        for (Element region : regions) {
            region.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element element && (element.nameIs("pre") || element.nameIs("code"))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (node instanceof TextNode text) {
                        tidy(text);
                    }
                    return FilterResult.CONTINUE;
                }
            });
        }
    }

    private static void tidy(TextNode text) {
        String value = text.getWholeText();
        String tidied = AFTER_FULL_WIDTH.matcher(value).replaceAll("$1");
        Node previous = text.previousSibling();
        if (previous instanceof Element element && !element.is(CODE)
                && ENDS_FULL_WIDTH.matcher(element.text()).find()) {
            tidied = tidied.stripLeading();
        }
        if (!tidied.equals(value)) {
            text.text(tidied);
        }
    }
}
