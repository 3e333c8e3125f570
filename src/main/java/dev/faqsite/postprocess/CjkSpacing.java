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
    /** 、。！，：；？ */
    private static final String FULL_WIDTH = "\u3001\u3002\uFF01\uFF0C\uFF1A\uFF1B\uFF1F";
    private static final Pattern AFTER_FULL_WIDTH = Pattern.compile("([" + FULL_WIDTH + "])[ \\t]+");

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
        // Most text has no space after full-width punctuation: the regex runs only where there is some.
        String tidied = hasSpaceAfterFullWidth(value) ? AFTER_FULL_WIDTH.matcher(value).replaceAll("$1") : value;
        Node previous = text.previousSibling();
        if (!tidied.isEmpty() && Character.isWhitespace(tidied.charAt(0)) && previous instanceof Element element
                && !element.is(CODE) && endsWithFullWidth(element.text())) {
            tidied = tidied.stripLeading();
        }
        if (!tidied.equals(value)) {
            text.text(tidied);
        }
    }

    /** Whether the text ends with full-width punctuation, or with it and one line break, as a regex's {@code $} reads it. */
    private static boolean endsWithFullWidth(String value) {
        int end = value.length();
        if (value.endsWith("\r\n")) {
            end -= 2;
        } else if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && FULL_WIDTH.indexOf(value.charAt(end - 1)) >= 0;
    }

    private static boolean hasSpaceAfterFullWidth(String value) {
        for (int i = 0; i + 1 < value.length(); i++) {
            char next = value.charAt(i + 1);
            if ((next == ' ' || next == '\t') && FULL_WIDTH.indexOf(value.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
