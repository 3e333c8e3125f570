package dev.faqsite.render;

import dev.faqsite.config.SiteConfig;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code sitemap.xml} and {@code robots.txt} for the pages meant to be found. Each page lists its
 * counterparts in every language as {@code xhtml:link} alternates, plus {@code x-default}.
 */
public final class Sitemap {
    private Sitemap() {
    }

    /** A page the sitemap lists: its site-relative URL and its language. */
    public record Entry(String url, String language) {
        /** The page's entry; empty when the page is not meant to be found. */
        public static Optional<Entry> of(RenderedPage page) {
            return page.inSitemap() ? Optional.of(new Entry(page.url(), page.language())) : Optional.empty();
        }

        public static Optional<Entry> of(PendingPage page) {
            return page.inSitemap() ? Optional.of(new Entry(page.url(), page.language())) : Optional.empty();
        }
    }

    /** @param pages the pages to list, in the site's order (their languages are alternates in that order) */
    public static String xml(SiteConfig config, List<Entry> pages) {
        List<String> languages = pages.stream().map(Entry::language).distinct().toList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        pages.stream().map(Entry::url).sorted().forEach(url -> {
            xml.append("  <url>\n    <loc>").append(escape(absolute(config, url))).append("</loc>\n");
            for (String language : languages) {
                xml.append(link(config.language(language).orElseThrow().htmlLang(),
                        absolute(config, SiteUrls.inLanguage(url, language))));
            }
            xml.append(link("x-default", absolute(config, SiteUrls.inLanguage(url, config.defaultLanguage()))));
            xml.append("  </url>\n");
        });
        return xml.append("</urlset>\n").toString();
    }

    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "sitemap.xml\n";
    }

    private static String link(String hreflang, String href) {
        return "    <xhtml:link rel=\"alternate\" hreflang=\"" + escape(hreflang) + "\" href=\"" + escape(href) + "\"/>\n";
    }

    private static String absolute(SiteConfig config, String url) {
        return config.baseUrl() + url.substring(1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
