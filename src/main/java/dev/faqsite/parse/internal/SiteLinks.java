package dev.faqsite.parse.internal;

import dev.faqsite.diagnostic.Excerpt;
import dev.faqsite.diagnostic.Diagnostics;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Rewrites contributors' site links to the page's URL in the document's language:
 * {@code [text](q:core-challenges)} → {@code /zh/q/core-challenges/}, {@code [text](doc:platform-advantages)} →
 * {@code /zh/docs/platform-advantages/}; a {@code #fragment} is kept. The post-processor later makes the URL
 * relative and checks that it exists.
 */
final class SiteLinks extends AbstractVisitor {
    /** Possessive ({@code *+}): a backtracking repeated group recurses per repetition and overflows on "a-a-a-…". */
    private static final Pattern SITE_LINK = Pattern.compile("^(q|doc):([a-z0-9]++(?:-[a-z0-9]++)*+)(#\\S*+)?$");
    private static final Pattern SITE_LINK_ATTEMPT = Pattern.compile("^(?i)\\s*(q|doc):.*");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):.*");
    private static final java.util.Set<String> ALLOWED_SCHEMES = java.util.Set.of("http", "https", "mailto");

    private final String language;
    private final String file;
    private final Diagnostics diagnostics;

    SiteLinks(String language, String file, Diagnostics diagnostics) {
        this.language = language;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    static void rewrite(Node root, String language, String file, Diagnostics diagnostics) {
        root.accept(new SiteLinks(language, file, diagnostics));
    }

    @Override
    public void visit(Link link) {
        link.setDestination(rewrite(link, link.getDestination()));
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        image.setDestination(rewrite(image, image.getDestination()));
        visitChildren(image);
    }

    private String rewrite(Node node, String destination) {
        Matcher matcher = SITE_LINK.matcher(destination);
        if (!matcher.matches()) {
            int line = AstNodes.line(AstNodes.enclosingBlock(node));
            if (SITE_LINK_ATTEMPT.matcher(destination).matches()) {
                diagnostics.error(file, line, "malformed site link " + Excerpt.quoted(destination),
                        "write [text](q:question-id) or [text](doc:slug), lower case, optionally with #section");
            } else {
                Matcher scheme = SCHEME.matcher(destination);
                if (scheme.matches() && !ALLOWED_SCHEMES.contains(scheme.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    diagnostics.warning(file, line, "link " + Excerpt.quoted(destination) + " is removed: only http, https and "
                            + "mailto links are published", "link to a page with https://…, or to the site with q: or doc:");
                }
            }
            return destination;
        }
        String section = matcher.group(1).equals("q") ? "/q/" : "/docs/";
        String fragment = matcher.group(3) == null ? "" : matcher.group(3);
        return "/" + language + section + matcher.group(2) + "/" + fragment;
    }
}
