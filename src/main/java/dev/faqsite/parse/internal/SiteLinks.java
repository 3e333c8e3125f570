package dev.faqsite.parse.internal;

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
    private static final Pattern SITE_LINK = Pattern.compile("^(q|doc):([^#?\\s]+)(#.*)?$");
    private final String language;

    SiteLinks(String language) {
        this.language = language;
    }

    static void rewrite(Node root, String language) {
        root.accept(new SiteLinks(language));
    }

    @Override
    public void visit(Link link) {
        link.setDestination(rewrite(link.getDestination()));
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        image.setDestination(rewrite(image.getDestination()));
        visitChildren(image);
    }

    private String rewrite(String destination) {
        Matcher matcher = SITE_LINK.matcher(destination);
        if (!matcher.matches()) {
            return destination;
        }
        String section = matcher.group(1).equals("q") ? "/q/" : "/docs/";
        String fragment = matcher.group(3) == null ? "" : matcher.group(3);
        return "/" + language + section + matcher.group(2) + "/" + fragment;
    }
}
