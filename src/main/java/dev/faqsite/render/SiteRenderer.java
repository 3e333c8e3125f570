package dev.faqsite.render;

import dev.faqsite.config.LanguageConfig;
import dev.faqsite.config.SiteConfig;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.QuestionGroup;
import dev.faqsite.model.Document;
import dev.faqsite.model.Question;
import dev.faqsite.parse.ParsedContent;
import dev.faqsite.theme.PathLoader;
import dev.faqsite.theme.Theme;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders every page of the site with the theme's Pebble templates. Pages come out in a stable order.
 * The locale is passed to each evaluation; nothing depends on the JVM default locale.
 */
public final class SiteRenderer {
    private static final int NEAR_MISSES_SHOWN = 30;
    private final PebbleEngine engine;
    private final Theme theme;
    private final SiteConfig config;
    private final String version;

    public SiteRenderer(Theme theme, SiteConfig config, String version) {
        this.theme = theme;
        this.config = config;
        this.version = version;
        this.engine = new PebbleEngine.Builder()
                .loader(new PathLoader(theme.templates()))
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .build();
    }

    public List<RenderedPage> render(ParsedContent content, Deduplication deduplication) {
        List<RenderedPage> pages = new ArrayList<>();
        List<LanguageConfig> published = config.languages().stream()
                .filter(language -> !content.documents(language.code()).isEmpty())
                .toList();
        for (LanguageConfig language : published) {
            pages.addAll(renderLanguage(language, published, new ViewBuilder(language.code(), content, deduplication)));
        }
        pages.add(rootPage());
        return pages;
    }

    private List<RenderedPage> renderLanguage(LanguageConfig language, List<LanguageConfig> published,
                                              ViewBuilder views) {
        Map<String, String> messages = Messages.load(theme.templates(), language.code());
        Views.Site site = site(language, published, views);
        List<RenderedPage> pages = new ArrayList<>();
        String homeUrl = SiteUrls.home(language.code());

        Map<String, Object> home = context(site, messages, new Views.Meta(language.title(), language.description(),
                absolute(homeUrl), "website", false, ""));
        home.put("documents", views.documents().stream().map(views::summary).toList());
        pages.add(page(homeUrl, PageKind.HOME, true, "home.peb", home, language));

        for (Document document : views.documents()) {
            Views.Document view = views.document(document);
            Map<String, Object> context = context(site, messages, new Views.Meta(document.title(),
                    ViewBuilder.description(document.description()), absolute(view.url()), "article", false, ""));
            context.put("document", view);
            pages.add(page(view.url(), PageKind.DOCUMENT, true, "document.peb", context, language));
        }

        for (QuestionGroup group : views.groups()) {
            Views.Question view = views.question(group);
            Question canonical = group.canonical();
            String description = ViewBuilder.description(canonical.parts().get(0).text());
            String jsonLd = JsonLd.faqPage(canonical.questionText(), canonical.answerText(), absolute(view.url()));
            Map<String, Object> context = context(site, messages, new Views.Meta(view.title(), description,
                    absolute(view.url()), "article", false, jsonLd));
            context.put("question", view);
            pages.add(page(view.url(), PageKind.QUESTION, true, "question.peb", context, language));
            for (Question duplicate : group.duplicates()) {
                String url = SiteUrls.question(language.code(), duplicate.id());
                if (!url.equals(view.url())) {
                    Map<String, Object> redirect = context(site, messages, new Views.Meta(view.title(), description,
                            absolute(view.url()), "article", true, ""));
                    redirect.put("target", views.questionLink(group));
                    pages.add(page(url, PageKind.REDIRECT, false, "redirect.peb", redirect, language));
                }
            }
        }

        String dedupUrl = SiteUrls.dedupReport(language.code());
        Map<String, Object> dedup = context(site, messages, new Views.Meta(messages.getOrDefault("dedupTitle", "dedup"),
                "", absolute(dedupUrl), "website", true, ""));
        dedup.put("groups", views.mergeGroups());
        dedup.put("nearMisses", views.nearMisses(NEAR_MISSES_SHOWN));
        dedup.put("occurrences", views.groups().stream().mapToInt(g -> g.members().size()).sum());
        dedup.put("pages", views.groups().size());
        pages.add(page(dedupUrl, PageKind.MAINTAINER, false, "dedup-report.peb", dedup, language));

        Map<String, Object> notFound = context(site, messages, new Views.Meta(messages.getOrDefault("notFoundTitle",
                "404"), "", absolute(SiteUrls.notFound(language.code())), "website", true, ""));
        pages.add(page(SiteUrls.notFound(language.code()), PageKind.NOT_FOUND, false, "404.peb", notFound, language));
        if (language.code().equals(config.defaultLanguage())) {
            pages.add(page("/404.html", PageKind.NOT_FOUND, false, "404.peb", notFound, language));
        }
        return pages;
    }

    private RenderedPage rootPage() {
        LanguageConfig language = config.defaultLanguageConfig();
        Map<String, String> messages = Messages.load(theme.templates(), language.code());
        Map<String, Object> context = new HashMap<>();
        context.put("t", messages);
        context.put("target", new Views.Link(language.title(), SiteUrls.home(language.code())));
        context.put("site", new Views.Site(language.title(), language.description(), language.code(),
                language.htmlLang(), config.baseUrl(), SiteUrls.home(language.code()), List.of(), List.of(), version));
        return page("/", PageKind.ROOT, false, "root.peb", context, language);
    }

    private Views.Site site(LanguageConfig language, List<LanguageConfig> published, ViewBuilder views) {
        List<Views.Link> languages = published.stream()
                .map(l -> new Views.Link(l.name(), SiteUrls.home(l.code())))
                .toList();
        return new Views.Site(language.title(), language.description(), language.code(), language.htmlLang(),
                config.baseUrl(), SiteUrls.home(language.code()),
                views.documents().stream().map(views::documentLink).toList(), languages, version);
    }

    private Map<String, Object> context(Views.Site site, Map<String, String> messages, Views.Meta meta) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", site);
        context.put("t", messages);
        context.put("meta", meta);
        return context;
    }

    private String absolute(String siteUrl) {
        return config.baseUrl() + siteUrl.substring(1);
    }

    private RenderedPage page(String url, PageKind kind, boolean inSitemap, String templateName,
                              Map<String, Object> context, LanguageConfig language) {
        context.put("pageUrl", url);
        context.put("pageKind", kind.name().toLowerCase(Locale.ROOT));
        StringWriter out = new StringWriter();
        try {
            PebbleTemplate template = engine.getTemplate(templateName);
            template.evaluate(out, context, Locale.forLanguageTag(language.htmlLang()));
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? templateName : e.getFileName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new TemplateException(file, line, e.getPebbleMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedPage(url, SiteUrls.outputPath(url), kind, inSitemap, out.toString());
    }
}
