package dev.faqsite.postprocess;

import org.jsoup.nodes.Document;
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

    static void frame(Document document, String contentSelector) {
        for (Element pre : document.select(contentSelector + " pre")) {
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
