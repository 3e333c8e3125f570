package dev.faqsite.postprocess;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Frames the code blocks of contributor content: a box that scrolls sideways on its own (and can be scrolled with
 * the keyboard once focused), with the language its author named as a label. The copy button is the script's to
 * add, since it needs the script to work.
 */
final class CodeBlocks {
    private static final String LANGUAGE_CLASS = "language-";

    private CodeBlocks() {
    }

    /** @param blocks the {@code pre} elements of contributor content */
    static void frame(List<Element> blocks) {
        for (Element pre : blocks) {
            if (pre.parent() != null && pre.parent().hasClass("code-block")) {
                continue;
            }
            Element frame = new Element("div").addClass("code-block");
            pre.before(frame);
            Element code = pre.selectFirst("> code");
            String language = code == null ? "" : code.classNames().stream()
                    .filter(c -> c.startsWith(LANGUAGE_CLASS)).map(c -> c.substring(LANGUAGE_CLASS.length()))
                    .findFirst().orElse("");
            if (!language.isEmpty()) {
                frame.appendElement("span").addClass("code-block__language").text(language);
            }
            frame.appendChild(pre);
            pre.attr("tabindex", "0");
        }
    }
}
