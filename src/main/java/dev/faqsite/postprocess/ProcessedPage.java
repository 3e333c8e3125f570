package dev.faqsite.postprocess;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A page after post-processing, with what the link check needs.
 *
 * @param url        site-relative URL of the page
 * @param outputPath file of the page inside the output folder
 * @param html       the final HTML
 * @param ids        every element id on the page: the fragments links may point to
 * @param links      every link, script, stylesheet, image and form target on the page that stays on the site
 */
public record ProcessedPage(String url, String outputPath, String html, Set<String> ids, List<PageLink> links) {

    /**
     * The page without its HTML, once that is written: what the link check needs of it, kept compactly. Every page
     * of the site waits in this form for the link check: at 100,000 questions that is some ten million links and
     * three million ids, which as hash sets and link objects took about a sixth of a 2 GB heap.
     */
    public ProcessedPage withoutHtml() {
        return new ProcessedPage(url, outputPath, "", Set.copyOf(ids), new CompactLinks(links));
    }

    /** Links as two arrays of (interned) strings instead of a list of objects; read-only. */
    private static final class CompactLinks extends AbstractList<PageLink> implements RandomAccess {
        private final String[] targets;
        private final String[] sources;

        CompactLinks(List<PageLink> links) {
            targets = new String[links.size()];
            sources = new String[links.size()];
            for (int k = 0; k < targets.length; k++) {
                targets[k] = links.get(k).target();
                sources[k] = links.get(k).source();
            }
        }

        @Override
        public PageLink get(int index) {
            return new PageLink(targets[index], sources[index]);
        }

        @Override
        public int size() {
            return targets.length;
        }
    }

    /**
     * @param target the URL as written on the page (relative, or from the base path on 404 pages)
     * @param source {@code file:line} of the markdown that wrote it, or empty for links from templates
     */
    public record PageLink(String target, String source) {
    }
}
