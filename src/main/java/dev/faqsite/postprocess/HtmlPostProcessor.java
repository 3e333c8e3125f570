package dev.faqsite.postprocess;

import dev.faqsite.render.PageKind;
import dev.faqsite.render.RenderedPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The chain of jsoup transformations every rendered page goes through: heading anchors, external link
 * attributes, a final guard against script in contributor content, and site-absolute links made relative so the
 * site works under any base path. Stateless and thread-safe.
 */
public final class HtmlPostProcessor {
    // Selectors parsed once, not once per page.
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    static final Evaluator HEADING_ANCHOR = QueryParser.parse("a.heading-anchor");
    /** Elements that never belong in contributor content, whatever let them through. */
    private static final Evaluator NEVER_IN_CONTENT = QueryParser.parse("script, style, iframe, object, embed, base, "
            + "meta, link, form, input, button, select, textarea, svg, math, template");
    private static final String CONTENT_ATTRIBUTE = "data-user-content";
    private static final String SOURCE = "data-source";
    /** Attributes that hold site URLs; {@code data-*-url} ones are read by the site's scripts. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "data-index-url",
            "data-lunr-url", "data-home-url", "data-worker-url");
    /** Splits pages, reading the chrome's tags for what {@link #scan} needs. */
    private static final PageChrome.Reader CHROME = new PageChrome.Reader(Stream.concat(URL_ATTRIBUTES.stream(),
            Stream.of("id", "rel", "lang", "http-equiv", "content")).collect(Collectors.toUnmodifiableSet()));
    /** Attributes whose links the link check follows, in the order it reports them. */
    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src", "action");
    /**
     * Heading ids are made from heading text, which contributors write. Every element id is also a global name in
     * the page's scripts ({@code window.lunr}) and a target for {@code getElementById}, so generated ids carry a
     * prefix that the theme's own ids never start with.
     */
    private static final String HEADING_ID_PREFIX = "h-";
    private static final String ANCHOR_LABEL = "data-anchor-label";
    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private final String basePath;

    /** @param basePath path the site is published under, e.g. {@code /} or {@code /faq/} */
    public HtmlPostProcessor(String basePath) {
        this.basePath = basePath;
    }

    public ProcessedPage process(RenderedPage page) {
        return CHROME.split(page.html()).map(chrome -> processSplit(page, chrome)).orElseGet(() -> processWhole(page));
    }

    /** A page whose chrome is scanned and whose main content, table of contents and footer are parsed. */
    private ProcessedPage processSplit(RenderedPage page, PageChrome chrome) {
        ScannedChrome scanned = scan(page, chrome);
        Set<String> ids = scanned.ids();
        Document document = Jsoup.parseBodyFragment(chrome.content());
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        Element body = document.body();
        List<Element> rendered = body.getAllElements();
        addHeadingAnchors(rendered, ids);
        TableOfContents.fill(scanned.lang(), rendered);
        List<Element> elements = transformContent(page, rendered, body);
        List<ProcessedPage.PageLink> links = new ArrayList<>();
        for (String attribute : LINK_ATTRIBUTES) {
            links.addAll(scanned.links().getOrDefault(attribute, List.of()));
            links.addAll(siteLinks(elements, attribute));
        }
        collectIds(elements, ids);
        Optional<String> content = chrome.withoutOpenElements(body.html());
        if (content.isEmpty()) {
            return processWhole(page);
        }
        String html = chrome.pageWith(scanned.edits(), content.get());
        return new ProcessedPage(page.url(), page.outputPath(), html, ids, links);
    }

    /**
     * What the chrome's tags give: the edits that make its site links relative and its external links noopener,
     * its links by attribute, its ids and the page's language.
     */
    private record ScannedChrome(List<PageChrome.Edit> edits, Map<String, List<ProcessedPage.PageLink>> links,
                                 Set<String> ids, String lang) {
    }

    private ScannedChrome scan(RenderedPage page, PageChrome chrome) {
        Set<String> ids = new HashSet<>();
        List<PageChrome.Edit> edits = new ArrayList<>();
        Map<String, List<ProcessedPage.PageLink>> links = new HashMap<>();
        String lang = "";
        Map<String, String> relative = new HashMap<>();
        for (PageChrome.StartTag tag : chrome.tags()) {
            if (tag.name().equals("html") && tag.attr("lang") != null) {
                lang = tag.attr("lang");
            }
            String id = tag.attr("id");
            if (id != null) {
                ids.add(id.intern());
            }
            String rel = tag.attr("rel");
            boolean external = tag.name().equals("a") && isExternal(tag.attr("href"));
            for (PageChrome.TagAttribute attribute : tag.attributes()) {
                String value = attribute.value();
                if (URL_ATTRIBUTES.contains(attribute.key()) && value.startsWith("/") && !value.startsWith("//")) {
                    value = siteLink(page, value, relative);
                } else if (tag.name().equals("meta") && attribute.key().equals("content")
                        && isRefresh(tag.attr("http-equiv"))) {
                    value = refreshed(page, value);
                } else if (external && attribute.key().equals("rel")) {
                    value = withNoopener(value);
                }
                if (!value.equals(attribute.value())) {
                    edits.add(PageChrome.Edit.replace(attribute, value));
                }
                if (LINK_ATTRIBUTES.contains(attribute.key()) && isSiteLink(value, rel == null ? "" : rel)) {
                    links.computeIfAbsent(attribute.key(), k -> new ArrayList<>())
                            .add(new ProcessedPage.PageLink(value.intern(), ""));
                }
            }
            if (external && rel == null) {
                edits.add(PageChrome.Edit.add(tag, "rel", withNoopener("")));
            }
        }
        return new ScannedChrome(edits, links, ids, lang);
    }

    /** A page parsed whole: one its chrome scan cannot split (a theme that writes no {@code <main>}, a redirect). */
    ProcessedPage processWhole(RenderedPage page) {
        Document document = Jsoup.parse(page.html());
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        // The page's elements as rendered, in document order, stand in for a walk of the whole tree per selector.
        // The steps below add elements only inside headings, tables of contents and code frames, which none of the
        // lists taken from it looks for; an element they remove is left out of the page, whatever is done to it.
        List<Element> rendered = document.getAllElements();
        Set<String> ids = new HashSet<>();
        addHeadingAnchors(rendered, ids);
        Element html = document.selectFirst("html");
        TableOfContents.fill(html == null ? "" : html.attr("lang"), rendered);
        List<Element> elements = transformContent(page, rendered, document);
        List<ProcessedPage.PageLink> links = new ArrayList<>();
        for (String attribute : LINK_ATTRIBUTES) {
            links.addAll(siteLinks(elements, attribute));
        }
        collectIds(elements, ids);
        return new ProcessedPage(page.url(), page.outputPath(), document.outerHtml(), ids, links);
    }

    /**
     * Guards, tidies and frames contributor content and rewrites links; returns the elements afterwards.
     *
     * @param rendered the elements as rendered (see {@link #processWhole})
     * @param root     the element holding them
     */
    private List<Element> transformContent(RenderedPage page, List<Element> rendered, Element root) {
        List<Element> regions = rendered.stream().filter(e -> e.hasAttr(CONTENT_ATTRIBUTE)).toList();
        guardContent(regions);
        CjkSpacing.tidy(regions);
        CodeBlocks.frame(rendered.stream()
                .filter(e -> e.normalName().equals("pre") && hasAncestor(e, a -> a.hasAttr(CONTENT_ATTRIBUTE)))
                .toList());
        // The steps below change attributes only, so one list of the elements, in document order, serves them all
        // instead of a walk of the whole tree per selector (most of post-processing's time at 10,000 questions).
        List<Element> elements = root.getAllElements();
        markExternalLinks(elements);
        prefixContributorFragments(elements);
        rewriteSiteLinks(elements, page);
        return elements;
    }

    /** Adds every element's id to {@code ids} and removes the markers templates leave for post-processing. */
    private static void collectIds(List<Element> elements, Set<String> ids) {
        for (Element element : elements) {
            if (element.attributesSize() == 0) {
                continue;
            }
            element.removeAttr(CONTENT_ATTRIBUTE);
            element.removeAttr(SOURCE);
            if (element.hasAttr("id")) {
                ids.add(element.id().intern());
            }
        }
    }

    /** Where a site link written from the site root points from this page. */
    private String siteLink(RenderedPage page, String url, Map<String, String> relative) {
        return page.kind() == PageKind.NOT_FOUND ? basePath + url.substring(1)
                : relative.computeIfAbsent(url, target -> RelativeUrls.between(page.url(), target));
    }

    /** A meta refresh's content with its site URL made relative. */
    private static String refreshed(RenderedPage page, String content) {
        int at = content.indexOf("url=");
        return at >= 0 && content.startsWith("/", at + 4)
                ? content.substring(0, at + 4) + RelativeUrls.between(page.url(), content.substring(at + 4))
                : content;
    }

    private static boolean isRefresh(String httpEquiv) {
        return httpEquiv != null && httpEquiv.trim().equalsIgnoreCase("refresh");
    }

    private static boolean isExternal(String href) {
        return href != null && (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//"));
    }

    /** The rel tokens with noopener added. */
    private static String withNoopener(String rel) {
        Set<String> tokens = new LinkedHashSet<>(List.of(rel.split("\\s+")));
        tokens.remove("");
        tokens.add("noopener");
        return String.join(" ", tokens);
    }

    /** Whether a link target stays on the site and is checked. */
    private static boolean isSiteLink(String target, String rel) {
        return !(target.isEmpty() || target.startsWith("//") || HAS_SCHEME.matcher(target).matches()
                || rel.equals("canonical") || rel.equals("alternate"));
    }

    /** Links in {@code attribute} that stay on the site, with the markdown source that wrote them when known. */
    private static List<ProcessedPage.PageLink> siteLinks(List<Element> elements, String attribute) {
        List<ProcessedPage.PageLink> links = new ArrayList<>();
        for (Element element : elements) {
            if (!element.hasAttr(attribute)) {
                continue;
            }
            String target = element.attr(attribute);
            if (!isSiteLink(target, element.attr("rel"))) {
                continue;
            }
            // The link check keeps every page's links until the last page is made: at 100,000 questions that is
            // millions of links, most of them the same few thousand URLs (navigation, siblings, assets), so each
            // distinct string is kept once.
            links.add(new ProcessedPage.PageLink(target.intern(), element.attr(SOURCE).intern()));
        }
        return links;
    }

    /**
     * Every section heading gets an id (generated ones carry {@link #HEADING_ID_PREFIX}) and a link to itself that
     * keyboards, touch and screen readers reach; the theme names such links in {@code main[data-anchor-label]}.
     */
    private static void addHeadingAnchors(List<Element> rendered, Set<String> chromeIds) {
        Set<String> taken = new HashSet<>(chromeIds);
        rendered.stream().filter(e -> e.hasAttr("id")).forEach(e -> taken.add(e.id()));
        Map<String, Integer> nextNumber = new HashMap<>();
        Element main = rendered.stream().filter(e -> e.normalName().equals("main")).findFirst().orElse(null);
        String label = main == null ? "" : main.attr(ANCHOR_LABEL);
        // What the selector "main h2, main h3, main [data-toc-entry]" matches.
        List<Element> headings = rendered.stream()
                .filter(e -> e.normalName().equals("h2") || e.normalName().equals("h3")
                        || e.hasAttr(TableOfContents.ENTRY))
                .filter(e -> hasAncestor(e, a -> a.normalName().equals("main")))
                .toList();
        for (Element heading : headings) {
            boolean listed = heading.hasAttr(TableOfContents.ENTRY);
            String text = heading.text();
            // A heading that is itself a link elsewhere (a card's title) is not a section of this page.
            boolean linkElsewhere = heading.children().size() == 1 && heading.child(0).is(LINK)
                    && heading.child(0).text().equals(text);
            if (text.isBlank() || heading.selectFirst(HEADING_ANCHOR) != null
                    || !listed && (!heading.id().isEmpty() || linkElsewhere)) {
                continue;
            }
            if (heading.id().isEmpty()) {
                heading.id(uniqueId(HEADING_ID_PREFIX + Anchors.slug(text), taken, nextNumber));
            }
            Element anchor = heading.appendElement("a").addClass("heading-anchor").attr("href", "#" + heading.id())
                    .text("#");
            anchor.attr("aria-label", label.isEmpty() ? text : label + ": " + text);
        }
        if (main != null) {
            main.removeAttr(ANCHOR_LABEL);
        }
    }

    /** Whether a proper ancestor of {@code element} is one that {@code test} accepts. */
    static boolean hasAncestor(Element element, Predicate<Element> test) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (test.test(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code base}, else {@code base-2}, {@code base-3}, …: the first one not taken. Numbers below the last one
     * given for a base are all taken, so the search resumes there: a page of many equal headings stays linear.
     */
    private static String uniqueId(String base, Set<String> taken, Map<String, Integer> nextNumber) {
        if (taken.add(base)) {
            return base;
        }
        int n = nextNumber.getOrDefault(base, 2);
        while (!taken.add(base + "-" + n)) {
            n++;
        }
        nextNumber.put(base, n + 1);
        return base + "-" + n;
    }

    /**
     * Content was sanitised with a Safelist when it was parsed; this second line of defence removes anything
     * executable that might still have reached contributor content.
     */
    private static void guardContent(List<Element> regions) {
        for (Element region : regions) {
            region.select(NEVER_IN_CONTENT).remove();
            for (Element element : region.getAllElements()) {
                List<Attribute> attributes = element.attributes().asList();
                for (Attribute attribute : attributes) {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                            || value.startsWith("javascript:") || value.startsWith("vbscript:")
                            || value.startsWith("data:text/html")) {
                        element.removeAttr(attribute.getKey());
                    }
                }
            }
        }
    }

    /**
     * Contributors name a section by its heading's text ({@code q:core-challenges#解析}); the heading's id carries
     * the prefix, so their site links get it too.
     */
    private static void prefixContributorFragments(List<Element> elements) {
        for (Element link : elements) {
            if (!isLink(link) || !link.hasAttr(SOURCE)) {
                continue;
            }
            String href = link.attr("href");
            int hash = href.indexOf('#');
            if (hash >= 0 && hash < href.length() - 1 && !href.startsWith("//") && !HAS_SCHEME.matcher(href).matches()) {
                link.attr("href", href.substring(0, hash + 1) + HEADING_ID_PREFIX + href.substring(hash + 1));
            }
        }
    }

    private static void markExternalLinks(List<Element> elements) {
        for (Element link : elements) {
            if (!isLink(link)) {
                continue;
            }
            if (isExternal(link.attr("href"))) {
                link.attr("rel", withNoopener(link.attr("rel")));
            }
        }
    }

    /** What the selector {@code a[href]} matches. */
    private static boolean isLink(Element element) {
        return element.normalName().equals("a") && element.hasAttr("href");
    }

    /**
     * Templates and content write site links from the site root ({@code /zh/q/x/}). Pages link relatively so
     * the site works from any folder; a 404 page is served at arbitrary URLs, so it links from the base path.
     */
    private void rewriteSiteLinks(List<Element> elements, RenderedPage page) {
        // A page links to the same few URLs many times (navigation, its document, related questions).
        Map<String, String> relative = new HashMap<>();
        for (Element element : elements) {
            if (element.attributesSize() == 0) {
                continue;
            }
            // The parser lowercases attribute names, so the element's own list is read once instead of being
            // searched, ignoring case, for each name.
            for (Attribute attribute : element.attributes()) {
                if (!URL_ATTRIBUTES.contains(attribute.getKey())) {
                    continue;
                }
                String url = attribute.getValue();
                if (url.startsWith("/") && !url.startsWith("//")) {
                    attribute.setValue(siteLink(page, url, relative));
                }
            }
            // What the selector meta[http-equiv=refresh] matches.
            if (element.normalName().equals("meta") && isRefresh(element.attr("http-equiv"))
                    && element.hasAttr("content")) {
                element.attr("content", refreshed(page, element.attr("content")));
            }
        }
    }
}
