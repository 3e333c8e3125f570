package dev.faqsite.render;

import dev.faqsite.config.LanguageConfig;
import dev.faqsite.config.SiteConfig;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.QuestionGroup;
import dev.faqsite.load.ContentHistory;
import dev.faqsite.model.Question;
import dev.faqsite.pair.DocumentFamily;
import dev.faqsite.pair.Localized;
import dev.faqsite.pair.PairedContent;
import dev.faqsite.theme.PathLoader;
import dev.faqsite.theme.Theme;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Renders every page of the site in every language with the theme's Pebble templates. Every page exists in every
 * language, so each has a counterpart for the language switcher and hreflang alternates. Pages come out in a
 * stable order. The locale is passed to each evaluation; nothing depends on the JVM default locale.
 */
public final class SiteRenderer {
    private static final int NEAR_MISSES_SHOWN = 30;
    /** Questions a "page not found" page suggests. */
    private static final int TOP_QUESTIONS_SHOWN = 8;

    private final PebbleEngine engine;
    private final Theme theme;
    private final SiteConfig config;
    private final String version;
    private final ContentHistory history;

    /** @param history when each content file last changed, for the dates pages show */
    public SiteRenderer(Theme theme, SiteConfig config, String version, ContentHistory history) {
        this.theme = theme;
        this.history = history;
        this.config = config;
        this.version = version;
        this.engine = new PebbleEngine.Builder()
                .loader(new PathLoader(theme.templates()))
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy("html", new MarkupEscaping())
                .extension(new RecordAttributes())
                .newLineTrimming(true)
                .build();
    }

    public List<RenderedPage> render(PairedContent content, Deduplication deduplication) {
        List<RenderedPage> pages = new ArrayList<>();
        render(content, deduplication, pages::add);
        return pages;
    }

    /**
     * Hands every page to {@code sink} as soon as it is rendered, in the same order as {@link #render(PairedContent,
     * Deduplication)} lists them, so that a large site need not be held in memory. Calls {@code sink} on this thread.
     */
    public void render(PairedContent content, Deduplication deduplication, Consumer<RenderedPage> sink) {
        render(content, deduplication, url -> true, sink);
    }

    /**
     * Like {@link #render(PairedContent, Deduplication, Consumer)}, but hands over each page before its template is
     * evaluated, for the caller to evaluate it on another thread ({@link PendingPage#render()}).
     */
    public void renderLater(PairedContent content, Deduplication deduplication, Consumer<PendingPage> sink) {
        pages(content, deduplication, url -> true, sink);
    }

    /**
     * Renders only the pages whose site-relative URL {@code wanted} accepts (e.g. {@code /zh/q/core-challenges/}),
     * in the same order; the others cost nothing. For the preview, which shows an edit in the open pages first.
     */
    public void render(PairedContent content, Deduplication deduplication, Predicate<String> wanted,
                       Consumer<RenderedPage> sink) {
        pages(content, deduplication, wanted, page -> sink.accept(page.render()));
    }

    private void pages(PairedContent content, Deduplication deduplication, Predicate<String> wanted,
                       Consumer<PendingPage> sink) {
        List<LanguageRenderer> renderers = new ArrayList<>();
        for (String code : content.languages()) {
            LanguageConfig language = config.language(code).orElseThrow();
            LanguageRenderer renderer = new LanguageRenderer(language,
                    new ViewBuilder(code, config, content, deduplication, history));
            renderer.render(wanted, sink);
            renderers.add(renderer);
        }
        if (wanted.test("/")) {
            sink.accept(rootPage(content));
        }
        if (wanted.test("/404.html")) {
            sink.accept(rootNotFoundPage(renderers.stream().map(LanguageRenderer::notFoundContext).toList()));
        }
    }

    /** The pages of one language. */
    private final class LanguageRenderer {
        private final LanguageConfig language;
        private final ViewBuilder views;
        private final Map<String, String> messages;
        private final Views.Site site;

        LanguageRenderer(LanguageConfig language, ViewBuilder views) {
            this.language = language;
            this.views = views;
            this.messages = Messages.load(theme.templates(), language.code());
            this.site = new Views.Site(language.title(), language.description(), language.code(),
                    language.htmlLang(), config.baseUrl(), SiteUrls.home(language.code()),
                    views.documents().stream().map(views::documentLink).toList(), version);
        }

        void render(Predicate<String> wanted, Consumer<PendingPage> pages) {
            String code = language.code();
            String homeUrl = SiteUrls.home(code);
            if (wanted.test(homeUrl)) {
                pages.accept(homePage(homeUrl));
            }

            for (DocumentFamily family : views.documents()) {
                if (wanted.test(SiteUrls.document(code, family.slug()))) {
                    pages.accept(documentPage(family));
                }
            }

            for (QuestionGroup group : views.groups()) {
                questionPages(group, wanted, pages);
            }

            String searchUrl = SiteUrls.search(code);
            if (wanted.test(searchUrl)) {
                pages.accept(searchPage(searchUrl));
            }
            String contributeUrl = SiteUrls.contribute(code);
            if (wanted.test(contributeUrl)) {
                pages.accept(page(contributeUrl, PageKind.CONTRIBUTE, false, "contribute.peb", context(contributeUrl,
                        meta(messages.getOrDefault("contributeTitle", "contribute"), "", contributeUrl, "website",
                                false, ""))));
            }
            String dedupUrl = SiteUrls.dedupReport(code);
            if (wanted.test(dedupUrl)) {
                pages.accept(dedupPage(dedupUrl));
            }
            String translationsUrl = SiteUrls.translationReport(code);
            if (wanted.test(translationsUrl)) {
                pages.accept(translationsPage(translationsUrl));
            }
            String notFoundUrl = SiteUrls.notFound(code);
            if (wanted.test(notFoundUrl)) {
                pages.accept(page(notFoundUrl, PageKind.NOT_FOUND, false, "404.peb", notFoundContext()));
            }
        }

        private PendingPage homePage(String homeUrl) {
            Map<String, Object> home = context(homeUrl, meta(language.title(), language.description(), homeUrl,
                    "website", false, ""));
            home.put("documents", views.documents().stream().map(views::summary).toList());
            home.put("questionTotal", views.groups().size());
            return page(homeUrl, PageKind.HOME, true, "home.peb", home);
        }

        private PendingPage documentPage(DocumentFamily family) {
            Views.Document view = views.document(family);
            Map<String, Object> context = context(view.url(), meta(view.title(),
                    ViewBuilder.description(view.description()), view.url(), "article", false, ""));
            context.put("document", view);
            return page(view.url(), PageKind.DOCUMENT, true, "document.peb", context);
        }

        private PendingPage searchPage(String searchUrl) {
            Map<String, Object> search = context(searchUrl, meta(messages.getOrDefault("searchTitle", "search"),
                    messages.getOrDefault("searchDescription", ""), searchUrl, "website", true, ""));
            search.put("documents", views.documents().stream().map(views::summary).toList());
            return page(searchUrl, PageKind.SEARCH, false, "search.peb", search);
        }

        private PendingPage dedupPage(String dedupUrl) {
            Map<String, Object> dedup = context(dedupUrl, meta(messages.getOrDefault("dedupTitle", "dedup"), "",
                    dedupUrl, "website", true, ""));
            dedup.put("groups", views.mergeGroups());
            dedup.put("nearMisses", views.nearMisses(NEAR_MISSES_SHOWN));
            dedup.put("occurrences", views.groups().stream().mapToInt(g -> g.members().size()).sum());
            dedup.put("pages", views.groups().size());
            return page(dedupUrl, PageKind.MAINTAINER, false, "dedup-report.peb", dedup);
        }

        private PendingPage translationsPage(String translationsUrl) {
            Map<String, Object> translations = context(translationsUrl, meta(messages.getOrDefault(
                    "translationsTitle", "translations"), "", translationsUrl, "website", true, ""));
            translations.put("counts", views.translationCounts());
            translations.put("rows", views.translationRows());
            return page(translationsUrl, PageKind.MAINTAINER, false, "translations-report.peb", translations);
        }

        /** What a "page not found" page in this language shows: a way back, search and the top questions. */
        Map<String, Object> notFoundContext() {
            String notFoundUrl = SiteUrls.notFound(language.code());
            Map<String, Object> notFound = context(notFoundUrl, meta(messages.getOrDefault("notFoundTitle", "404"),
                    messages.getOrDefault("notFoundText", ""), notFoundUrl, "website", true, ""));
            notFound.put("topQuestions", views.topQuestions(TOP_QUESTIONS_SHOWN));
            notFound.put("documents", views.documents().stream().map(views::documentLink).toList());
            return notFound;
        }

        /** A group's page, then a page forwarding to it at each merged question's own address. */
        private void questionPages(QuestionGroup group, Predicate<String> wanted, Consumer<PendingPage> pages) {
            String url = SiteUrls.question(language.code(), group.id());
            List<String> redirects = group.duplicates().stream()
                    .map(duplicate -> SiteUrls.question(language.code(), duplicate.id())).filter(wanted).toList();
            if (!wanted.test(url) && redirects.isEmpty()) {
                return;
            }
            Views.Question view = views.question(group);
            Localized<Question> canonical = views.localized(group.canonical());
            String description = ViewBuilder.description(canonical.value().parts().get(0).text());
            String jsonLd = JsonLd.faqPage(canonical.value().questionText(), canonical.value().answerText(),
                    absolute(view.url()), config.language(canonical.contentLanguage()).orElseThrow().htmlLang());
            Map<String, Object> context = context(view.url(), meta(view.title(), description, view.url(), "article",
                    false, jsonLd));
            context.put("question", view);
            context.put("sideNav", views.documentQuestions(group));
            if (wanted.test(url)) {
                pages.accept(page(view.url(), PageKind.QUESTION, true, "question.peb", context));
            }
            for (String redirectUrl : redirects) {
                Map<String, Object> redirect = context(redirectUrl, meta(view.title(), description, view.url(),
                        "article", true, ""));
                redirect.put("target", views.questionLink(group));
                pages.accept(page(redirectUrl, PageKind.REDIRECT, false, "redirect.peb", redirect));
            }
        }

        private Views.Meta meta(String title, String description, String canonicalUrl, String ogType,
                                boolean noindex, String jsonLd) {
            return new Views.Meta(title, description, absolute(canonicalUrl), ogType, noindex, jsonLd);
        }

        private Map<String, Object> context(String url, Views.Meta meta) {
            Map<String, Object> context = new HashMap<>();
            context.put("site", site);
            context.put("t", messages);
            context.put("meta", meta);
            context.put("alternates", views.alternates(url));
            context.put("defaultAlternate", absolute(SiteUrls.inLanguage(url, config.defaultLanguage())));
            context.put("contributeUrl", SiteUrls.contribute(language.code()));
            return context;
        }

        private PendingPage page(String url, PageKind kind, boolean inSitemap, String templateName,
                                  Map<String, Object> context) {
            return SiteRenderer.this.page(url, language.code(), kind, inSitemap, templateName, context,
                    Locale.forLanguageTag(language.htmlLang()));
        }
    }

    /** The site root: offers every language and forwards to the reader's preferred one. */
    private PendingPage rootPage(PairedContent content) {
        LanguageConfig language = config.defaultLanguageConfig();
        Map<String, Object> context = new HashMap<>();
        context.put("t", Messages.load(theme.templates(), language.code()));
        List<Views.Alternate> languages = content.languages().stream()
                .map(code -> config.language(code).orElseThrow())
                .map(l -> new Views.Alternate(l.code(), l.htmlLang(), l.name(), SiteUrls.home(l.code()),
                        absolute(SiteUrls.home(l.code())), l.code().equals(config.defaultLanguage())))
                .toList();
        Map<String, String> titles = new HashMap<>();
        content.languages().forEach(code -> titles.put(code, config.language(code).orElseThrow().title()));
        context.put("languages", languages);
        context.put("titles", titles);
        context.put("site", new Views.Site(language.title(), language.description(), language.code(),
                language.htmlLang(), config.baseUrl(), SiteUrls.home(language.code()), List.of(), version));
        return page("/", language.code(), PageKind.ROOT, false, "root.peb", context,
                Locale.forLanguageTag(language.htmlLang()));
    }

    /**
     * The {@code 404.html} a host serves for any missing address: it cannot know the reader's language, so it
     * speaks every language, the default first, each with its own search box and top questions.
     */
    private PendingPage rootNotFoundPage(List<Map<String, Object>> languages) {
        LanguageConfig language = config.defaultLanguageConfig();
        Map<String, Object> context = new HashMap<>(languages.stream()
                .filter(l -> ((Views.Site) l.get("site")).language().equals(language.code()))
                .findFirst().orElse(languages.get(0)));
        List<Map<String, Object>> ordered = new ArrayList<>(languages);
        ordered.sort(java.util.Comparator.comparing(l -> !((Views.Site) l.get("site")).language()
                .equals(language.code())));
        context.put("languages", ordered);
        return page("/404.html", language.code(), PageKind.NOT_FOUND, false, "404-root.peb", context,
                Locale.forLanguageTag(language.htmlLang()));
    }

    private String absolute(String siteUrl) {
        return config.baseUrl() + siteUrl.substring(1);
    }

    private PendingPage page(String url, String language, PageKind kind, boolean inSitemap, String templateName,
                              Map<String, Object> context, Locale locale) {
        context.put("pageUrl", url);
        context.put("pageKind", kind.name().toLowerCase(Locale.ROOT));
        return new PendingPage(url, language, SiteUrls.outputPath(url), kind, inSitemap, () -> {
            StringBuilderWriter out = new StringBuilderWriter();
            try {
                PebbleTemplate template = engine.getTemplate(templateName);
                template.evaluate(out, context, locale);
            } catch (PebbleException e) {
                String file = e.getFileName() == null ? templateName : e.getFileName();
                int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
                throw new TemplateException(file, line, e.getPebbleMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        });
    }
}
