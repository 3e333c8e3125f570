package dev.faqsite.render;

/** The URL scheme of the site. Ids and slugs are validated by the parser, so they are safe path segments. */
public final class SiteUrls {
    private SiteUrls() {
    }

    public static String home(String language) {
        return "/" + language + "/";
    }

    public static String document(String language, String slug) {
        return "/" + language + "/docs/" + slug + "/";
    }

    public static String question(String language, String id) {
        return "/" + language + "/q/" + id + "/";
    }

    /** The maintainers' page listing every merge; not linked from the navigation, not indexed. */
    public static String dedupReport(String language) {
        return "/" + language + "/maintainers/dedup/";
    }

    public static String notFound(String language) {
        return "/" + language + "/404.html";
    }

    /** The same page in another language: every page URL starts with its language's folder. */
    public static String inLanguage(String url, String language) {
        int second = url.indexOf('/', 1);
        return second < 0 ? "/" + language + "/" : "/" + language + url.substring(second);
    }

    /** The full search results page; {@code ?q=} holds the query. */
    public static String search(String language) {
        return "/" + language + "/search/";
    }

    /** How contributors translate, linked from every untranslated page. */
    public static String contribute(String language) {
        return "/" + language + "/contribute/";
    }

    /** The maintainers' page listing every translation's state; not linked from the navigation, not indexed. */
    public static String translationReport(String language) {
        return "/" + language + "/maintainers/translations/";
    }

    /** The file that serves a URL: directory URLs get {@code index.html}. */
    public static String outputPath(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
