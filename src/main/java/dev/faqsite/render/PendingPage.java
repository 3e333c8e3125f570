package dev.faqsite.render;

import java.util.function.Supplier;

/**
 * A page whose views are built but whose template is not yet evaluated. Evaluating it ({@link #render()}) touches
 * nothing shared that changes, so the build hands pages to its workers in this state and the templates run on every
 * core while one thread builds the next pages' views.
 *
 * @param url        site-relative URL, e.g. {@code /zh/q/core-challenges/}
 * @param language   code of the page's language
 * @param outputPath file path inside the output folder, e.g. {@code zh/q/core-challenges/index.html}
 * @param inSitemap  whether search engines should find it through the sitemap
 */
public record PendingPage(String url, String language, String outputPath, PageKind kind, boolean inSitemap,
                          Supplier<String> template) {
    /**
     * The page as HTML.
     *
     * @throws TemplateException where the template fails
     */
    public RenderedPage render() {
        return new RenderedPage(url, language, outputPath, kind, inSitemap, template.get());
    }
}
