package dev.faqsite.render;

import java.util.List;

/** Writes {@code sitemap.xml} and {@code robots.txt} for the pages meant to be found. */
public final class Sitemap {
    private Sitemap() {
    }

    public static String xml(String baseUrl, List<RenderedPage> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().filter(RenderedPage::inSitemap).map(RenderedPage::url).sorted().forEach(url -> xml
                .append("  <url><loc>").append(escape(baseUrl + url.substring(1))).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }

    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "sitemap.xml\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
