package dev.faqsite.render;

/**
 * A page as HTML, before post-processing.
 *
 * @param url        site-relative URL, e.g. {@code /zh/q/core-challenges/}
 * @param language   code of the page's language
 * @param outputPath file path inside the output folder, e.g. {@code zh/q/core-challenges/index.html}
 * @param inSitemap  whether search engines should find it through the sitemap
 */
public record RenderedPage(String url, String language, String outputPath, PageKind kind, boolean inSitemap, String html) {
}
