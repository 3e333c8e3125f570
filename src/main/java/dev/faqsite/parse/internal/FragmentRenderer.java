package dev.faqsite.parse.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns runs of markdown AST nodes into sanitised HTML and plain text.
 *
 * <p>Contributors may write raw HTML in markdown; it is cleaned here with a jsoup {@link Safelist}, fragment by
 * fragment, so that nothing they write can escape its container or run script. Nor can it pass for part of the
 * site: no form controls (fake login fields), no {@code class}, {@code id} or {@code style} (fake notices, overlays,
 * clobbered ids). The one class kept is the {@code language-*} that a fenced code block's info string gives; the
 * highlighter's {@code tok-*} spans are added after cleaning.
 * Immutable and thread-safe.
 */
public final class FragmentRenderer {
    /** Attribute naming the source file and line of a link; read and removed by the link check. */
    public static final String SOURCE_ATTRIBUTE = "data-source";
    private static final String SANITISER_BASE = "https://faq-site.invalid/";
    /** Carries a link's own line through the sanitiser; see {@link #stampSources}. */
    private static final String LINE_STAMP = "data-faqsite-line";
    // Selectors parsed once: parsing one costs more than running it on a small block.
    private static final Evaluator STAMPED = QueryParser.parse("[" + LINE_STAMP + "]");
    private static final Evaluator LINK_OR_IMAGE = QueryParser.parse("a[href], img[src]");
    private static final Evaluator CODE_IN_PRE = QueryParser.parse("pre > code");
    private static final Evaluator IMAGE = QueryParser.parse("img[src]");

    /** Proves a line stamp was written by the renderer, not typed by a contributor as raw HTML. */
    private final String secret = randomHex() + ":";
    private final HtmlRenderer html;
    private final Safelist safelist = Safelist.relaxed()
            .addTags("hr", "kbd", "details", "summary")
            .addAttributes("details", "open")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("a", "title", LINE_STAMP)
            .addAttributes("img", LINE_STAMP)
            .addAttributes("ol", "start")
            .preserveRelativeLinks(true);

    public FragmentRenderer(List<Extension> extensions) {
        this.html = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true)
                .attributeProviderFactory(context -> new LineStamps()).build();
    }

    /**
     * Sanitised HTML of the nodes and what a reader sees of it as one line of text. Images from other hosts
     * become links, so that pages never load anything from outside the site; they are listed for a warning.
     */
    public Fragment render(List<? extends Node> nodes, String file) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            // Each block is cleaned on its own, then its links and images are stamped with their source line, so
            // a broken one found after rendering names its line. The Safelist drops a data-source a contributor
            // writes, and a line stamp without the secret is ignored, so positions cannot be forged.
            // The cleaned tree is worked on as it is: every block is parsed again below, with the others.
            Document block = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html.render(node), SANITISER_BASE));
            block.outputSettings(settings);
            if (node instanceof FencedCodeBlock fenced) {
                // Highlighting comes after cleaning: the only classes inside code are the highlighter's own.
                language(fenced).ifPresent(language -> block.select(CODE_IN_PRE).forEach(code -> {
                    code.addClass("language-" + language);
                    CodeHighlighter.highlight(code, language);
                }));
            }
            stampSources(block, file, AstNodes.line(node));
            out.append(block.body().html());
        }
        Document clean = Jsoup.parseBodyFragment(out.toString());
        clean.outputSettings(settings);
        List<String> externalImages = new ArrayList<>();
        for (Element image : clean.select(IMAGE)) {
            String source = image.attr("src");
            if (isExternal(source)) {
                externalImages.add(source);
                String label = image.attr("alt").isBlank() ? source : image.attr("alt");
                image.replaceWith(new Element("a").attr("href", source).attr(SOURCE_ATTRIBUTE,
                        image.attr(SOURCE_ATTRIBUTE)).text(label));
            }
        }
        return new Fragment(clean.body().html().strip(), clean.body().text(), externalImages);
    }

    /**
     * The class commonmark gives a fenced code block, cut to its first word: class names split at any whitespace,
     * so an info string like {@code x<tab>notice} must not smuggle in a second class.
     */
    private static Optional<String> language(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        return info.isEmpty() ? Optional.empty() : Optional.of(info.split("\\s+", 2)[0]);
    }

    /**
     * Names the source of every link and image: its own line when the renderer stamped it with the secret, else
     * (raw HTML) the line of its block. Stamps without the secret are contributors' forgeries and are dropped.
     */
    private void stampSources(Document block, String file, int blockLine) {
        for (Element element : block.select(STAMPED)) {
            String stamp = element.attr(LINE_STAMP);
            element.removeAttr(LINE_STAMP);
            if (stamp.startsWith(secret) && element.is(LINK_OR_IMAGE)) {
                element.attr(SOURCE_ATTRIBUTE, file + ":" + stamp.substring(secret.length()));
            }
        }
        for (Element element : block.select(LINK_OR_IMAGE)) {
            if (!element.hasAttr(SOURCE_ATTRIBUTE)) {
                element.attr(SOURCE_ATTRIBUTE, file + ":" + blockLine);
            }
        }
    }

    /** Stamps links and images with their line; one instance per rendered block. */
    private final class LineStamps implements AttributeProvider {
        private Node block;
        private Map<Node, Integer> lines = Map.of();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (!(node instanceof Link || node instanceof Image)) {
                return;
            }
            Node topLevel = node;
            while (topLevel.getParent() != null && !(topLevel.getParent() instanceof org.commonmark.node.Document)) {
                topLevel = topLevel.getParent();
            }
            if (topLevel != block) {
                block = topLevel;
                lines = InlineLines.of(topLevel);
            }
            Integer line = lines.get(node);
            if (line != null && line > 0) {
                attributes.put(LINE_STAMP, secret + line);
            }
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
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
