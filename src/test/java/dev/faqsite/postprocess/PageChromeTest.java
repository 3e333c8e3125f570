package dev.faqsite.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.render.PageKind;
import dev.faqsite.render.RenderedPage;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Post-processing a page without a tree for its chrome must give the page that processing it whole gives, up to how
 * the markup is written (attribute spacing, the doctype's case), and the same links and ids for the link check.
 */
class PageChromeTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-Hans">
            <head>
            <meta charset="utf-8">
            <title>标题 &amp; 副标题 · 站点</title>
            <link rel="canonical" href="https://faq.example.org/zh/q/x/">
            <link rel="alternate" hreflang="en" href="https://faq.example.org/en/q/x/">
            <link rel="stylesheet" href="/assets/style.css">
            <script>if (a < b && c > d) { document.title = "</p>"; }</script>
            </head>
            <body class="page-question">
            <a class="skip-link" href="#main">跳到正文</a>
            <!-- a comment with <a href="/not/a/link/"> in it -->
            <header id="top" ID="other">
              <a class='site-title' href="/zh/">站点</a>
              <form action="/zh/search/" data-index-url="/zh/search/manifest.json" method=get>
                <input id="q" type="text" name="q" hidden>
              </form>
              <a href="https://example.com/x?a=1&amp;b=2">外部</a>
              <a href="https://example.com/y" rel="author">作者</a>
              <svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="8"/><path d="M1 1"/></svg>
            </header>
            <div class="page">
            <NAV class="sidebar"><ol><li><A HREF="/zh/q/y/" data-worKer-url="/assets/w.js">另一个问题</a></li><li><a href="/zh/q/x/" aria-current="page">这个问题</a></li></ol></Nav >
            <main id="main" data-anchor-label="链接到本节">
            <article>
            <h1>问题？</h1>
            <section data-user-content><h2 data-toc-entry>答案</h2><p>见<a href="/zh/q/y/#解析" data-source="a.md:3">另一个</a>。</p></section>
            <section data-user-content><h2 data-toc-entry>解析</h2><p>说明</p></section>
            <section data-user-content><h2 data-toc-entry>更多</h2><pre><code>code</code></pre></section>
            </article>
            </main>
            <nav class="toc" data-toc><p>本页</p></nav>
            </div>
            <footer><a href="/zh/contribute/">参与</a><script src="/assets/site.js"></script></footer>
            </body>
            </html>
            """;

    private static RenderedPage page(String html) {
        return new RenderedPage("/zh/q/x/", "zh", "zh/q/x/index.html", PageKind.QUESTION, true, html);
    }

    private static String normalised(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        return document.outerHtml();
    }

    @Test
    void aPageSplitAtItsMainContentComesOutAsWhenItIsProcessedWhole() {
        HtmlPostProcessor processor = new HtmlPostProcessor("/");

        assertThat(new PageChrome.Reader(Set.of("href")).split(PAGE)).isPresent();
        ProcessedPage split = processor.process(page(PAGE));
        ProcessedPage whole = processor.processWhole(page(PAGE));

        assertThat(normalised(split.html())).isEqualTo(normalised(whole.html()));
        assertThat(split.ids()).isEqualTo(whole.ids());
        assertThat(split.links()).isEqualTo(whole.links());
        // What the chrome's scan did: site links relative (names in any ASCII case; a Kelvin sign makes another name,
        // as for the parser), external links noopener, the rest as written.
        assertThat(split.html()).contains("href=\"../../../assets/style.css\"", "action=\"../../search/\"",
                "data-index-url=\"../../search/manifest.json\"", "<A href=\"../y/\" data-wor\u212Aer-url=\"/assets/w.js\">另一个问题</a>",
                "href=\"https://example.com/x?a=1&amp;b=2\" rel=\"noopener\"", "rel=\"author noopener\"",
                "<!-- a comment with <a href=\"/not/a/link/\"> in it -->", "document.title = \"</p>\";",
                "<a class='site-title' href=\"../../\">", "<circle cx=\"12\" cy=\"12\" r=\"8\"/>",
                "href=\"https://faq.example.org/zh/q/x/\"");
        // What the tree did: the content's anchors, table of contents, code frame and links.
        assertThat(split.html()).contains("href=\"../y/#h-解析\"", "<ol><li><a href=\"#h-答案\">",
                "class=\"heading-anchor\"", "<a href=\"../../contribute/\">参与</a>",
                "<script src=\"../../../assets/site.js\"></script>");
        assertThat(split.html()).doesNotContain("data-user-content", "data-source", "data-toc");
        assertThat(split.links()).extracting(ProcessedPage.PageLink::target)
                .contains("../y/#h-解析", "../../../assets/style.css", "#main")
                .doesNotContain("https://faq.example.org/zh/q/x/");
        assertThat(split.ids()).contains("top", "q", "main", "h-答案");
    }

    @Test
    void aPageTheScanCannotSplitSafelyIsProcessedWhole() {
        List<String> unsplittable = List.of(
                PAGE.replace("<main id=\"main\"", "<div id=\"main\"").replace("</main>", "</div>"),
                PAGE.replace("<header id=\"top\"", "<header data-user-content id=\"top\""),
                PAGE.replace("<div class=\"page\">", "<div class=\"page\"><nav data-toc></nav>"),
                PAGE.replace("<!-- a comment", "<!-- an unclosed comment").replace("in it -->", "in it"),
                PAGE.replace("</html>", "</html><p>after</p>"));

        for (String html : unsplittable) {
            assertThat(new PageChrome.Reader(Set.of("href")).split(html)).as(html).isEmpty();
        }
        ProcessedPage withoutMain = new HtmlPostProcessor("/").process(page(unsplittable.get(0)));
        assertThat(withoutMain.html()).contains("href=\"../../../assets/style.css\"")
                .doesNotContain("data-user-content", "data-toc");
    }

    @Test
    void theNotFoundPageLinksFromTheBasePath() {
        RenderedPage notFound = new RenderedPage("/404.html", "zh", "404.html", PageKind.NOT_FOUND, false, PAGE);

        ProcessedPage processed = new HtmlPostProcessor("/faq/").process(notFound);

        assertThat(processed.html()).contains("href=\"/faq/assets/style.css\"", "action=\"/faq/zh/search/\"",
                "href=\"/faq/zh/contribute/\"");
    }
}
