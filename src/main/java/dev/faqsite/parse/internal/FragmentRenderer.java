package dev.faqsite.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Turns runs of markdown AST nodes into sanitised HTML and plain text.
 *
 * <p>Contributors may write raw HTML in markdown; it is cleaned here with a jsoup {@link Safelist}, fragment by
 * fragment, so that nothing they write can escape its container or run script. Immutable and thread-safe.
 */
public final class FragmentRenderer {
    /** Attribute naming the source file and line of a link; read and removed by the link check. */
    public static final String SOURCE_ATTRIBUTE = "data-source";
    private static final String SANITISER_BASE = "https://faq-site.invalid/";

    private final List<Extension> extensions;
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes("code", "class")
            .addAttributes("pre", "class")
            .addAttributes("span", "class")
            .addAttributes("div", "class")
            .addAttributes("a", "title", "data-source")
            .addAttributes("img", "data-source")
            .addAttributes("ol", "start")
            .addAttributes("input", "type", "checked", "disabled")
            .preserveRelativeLinks(true);

    public FragmentRenderer(List<Extension> extensions) {
        this.extensions = List.copyOf(extensions);
    }

    /**
     * Sanitised HTML of the nodes and what a reader sees of it as one line of text. Images from other hosts
     * become links, so that pages never load anything from outside the site; they are listed for a warning.
     */
    public Fragment render(List<? extends Node> nodes, String file) {
        // Links and images carry their source position, so a broken one found after rendering names its line.
        HtmlRenderer html = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Link || node instanceof Image) {
                        attributes.put(SOURCE_ATTRIBUTE, file + ":" + AstNodes.line(AstNodes.enclosingBlock(node)));
                    }
                })
                .build();
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            out.append(html.render(node));
        }
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(out.toString(), SANITISER_BASE, safelist, settings));
        clean.outputSettings(settings);
        // Raw HTML links and images have no AST position; they take the position of the block they are in.
        String position = file + ":" + (nodes.isEmpty() ? 0 : AstNodes.line(AstNodes.enclosingBlock(nodes.get(0))));
        clean.select("a[href]:not([" + SOURCE_ATTRIBUTE + "]), img[src]:not([" + SOURCE_ATTRIBUTE + "])")
                .attr(SOURCE_ATTRIBUTE, position);
        List<String> externalImages = new ArrayList<>();
        for (Element image : clean.select("img[src]")) {
            String source = image.attr("src");
            if (isExternal(source)) {
                externalImages.add(source);
                String label = image.attr("alt").isBlank() ? source : image.attr("alt");
                image.replaceWith(new Element("a").attr("href", source).text(label));
            }
        }
        return new Fragment(clean.body().html().strip(), clean.body().text(), externalImages);
    }

    private static boolean isExternal(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("//") || lower.matches("^[a-z][a-z0-9+.-]*:.*");
    }

    /**
     * @param html           sanitised HTML
     * @param text           visible text, whitespace collapsed
     * @param externalImages sources of images from other hosts that were turned into links
     */
    public record Fragment(String html, String text, List<String> externalImages) {
    }
}
