package dev.faqsite.postprocess;

import java.util.List;
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

    /** The page without its HTML, once that is written: what the link check needs of it. */
    public ProcessedPage withoutHtml() {
        return new ProcessedPage(url, outputPath, "", ids, links);
    }

    /**
     * @param target the URL as written on the page (relative, or from the base path on 404 pages)
     * @param source {@code file:line} of the markdown that wrote it, or empty for links from templates
     */
    public record PageLink(String target, String source) {
    }
}
