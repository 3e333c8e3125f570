package dev.faqsite.postprocess;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * "On this page": templates mark the headings that belong in it ({@code data-toc-entry}) and where it goes
 * ({@code data-toc}, as often as the layout needs, e.g. beside the text on wide screens and above it on phones);
 * the list is built here, from the headings as they were finally rendered, with their final ids. A page with
 * fewer than {@link #MIN_ENTRIES} entries is short enough to need none, so its places are removed.
 */
final class TableOfContents {
    static final String ENTRY = "data-toc-entry";
    static final String PLACE = "data-toc";
    static final int MIN_ENTRIES = 3;

    private TableOfContents() {
    }

    /**
     * @param pageLang the page's language ({@code <html lang>})
     * @param rendered the page's elements as rendered, in document order
     */
    static void fill(String pageLang, List<Element> rendered) {
        List<Element> places = rendered.stream().filter(e -> e.hasAttr(PLACE)).toList();
        // What the selector "main [data-toc-entry][id]" matches.
        List<Element> entries = rendered.stream().filter(e -> e.hasAttr(ENTRY) && e.hasAttr("id"))
                .filter(e -> HtmlPostProcessor.hasAncestor(e, a -> a.normalName().equals("main"))).toList();
        if (!places.isEmpty()) {
            if (entries.size() < MIN_ENTRIES) {
                places.forEach(Element::remove);
            } else {
                Element list = list(entries, pageLang);
                for (Element place : places) {
                    place.appendChild(list.clone());
                    place.removeAttr(PLACE);
                }
            }
        }
        rendered.stream().filter(e -> e.hasAttr(ENTRY)).forEach(e -> e.removeAttr(ENTRY));
    }

    /** Nested ordered lists following the heading levels: an h3 is listed under the h2 before it. */
    private static Element list(List<Element> headings, String pageLang) {
        Element root = new Element("ol");
        Deque<Element> lists = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        lists.push(root);
        levels.push(level(headings.get(0)));
        Element lastItem = null;
        for (Element heading : headings) {
            int level = level(heading);
            while (level < levels.peek() && lists.size() > 1) {
                lists.pop();
                levels.pop();
            }
            if (level > levels.peek() && lastItem != null) {
                Element nested = lastItem.appendElement("ol");
                lists.push(nested);
                levels.push(level);
            }
            lastItem = lists.peek().appendElement("li");
            Element link = lastItem.appendElement("a").attr("href", "#" + heading.id()).text(text(heading));
            String lang = language(heading);
            if (!lang.isEmpty() && !lang.equals(pageLang)) {
                link.attr("lang", lang);
            }
        }
        return root;
    }

    private static int level(Element heading) {
        String tag = heading.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? tag.charAt(1) - '0' : 6;
    }

    /** What the heading says, without its own anchor link. */
    private static String text(Element heading) {
        Element copy = heading.clone();
        copy.select(HtmlPostProcessor.HEADING_ANCHOR).remove();
        return copy.text();
    }

    /** The language the heading is written in: its own or its nearest ancestor's {@code lang}. */
    private static String language(Element heading) {
        for (Element e = heading; e != null; e = e.parent()) {
            if (e.hasAttr("lang")) {
                return e.attr("lang");
            }
        }
        return "";
    }
}
