package dev.faqsite.parse.internal;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Turns runs of markdown AST nodes into sanitised HTML and plain text.
 *
 * <p>Contributors may write raw HTML in markdown; it is cleaned here with a jsoup {@link Safelist}, fragment by
 * fragment, so that nothing they write can escape its container or run script. Immutable and thread-safe.
 */
public final class FragmentRenderer {
    private static final String SANITISER_BASE = "https://faq-site.invalid/";

    private final HtmlRenderer html;
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes("code", "class")
            .addAttributes("pre", "class")
            .addAttributes("span", "class")
            .addAttributes("div", "class")
            .addAttributes("a", "title")
            .addAttributes("ol", "start")
            .addAttributes("input", "type", "checked", "disabled")
            .preserveRelativeLinks(true);

    public FragmentRenderer(List<Extension> extensions) {
        this.html = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();
    }

    public String html(List<? extends Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            out.append(html.render(node));
        }
        return sanitise(out.toString());
    }

    /** What a reader sees of the nodes, as one line of text: the sanitised HTML without its markup. */
    public String text(List<? extends Node> nodes) {
        return Jsoup.parseBodyFragment(html(nodes)).text();
    }

    private String sanitise(String dirty) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(dirty, SANITISER_BASE, safelist, settings).strip();
    }
}
