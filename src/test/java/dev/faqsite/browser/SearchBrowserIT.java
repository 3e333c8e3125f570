package dev.faqsite.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.faqsite.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching the real content in headless Chromium, as a reader would. */
class SearchBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private static ServedSite served;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path site = temp.resolve("site");
        assertThat(Main.run("build", "--content", "content", "--out", site.toString(),
                "--templates", "templates", "--assets", "site-assets")).isZero();
        served = ServedSite.start(site);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static String readUnchecked(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Page open(BrowserContext context, String path) {
        Page page = context.newPage();
        page.navigate(served.url(path));
        return page;
    }

    @Test
    void aChineseQueryShowsTheRightQuestionFirstWithTheMatchHighlighted() throws Exception {
        try (BrowserContext context = served.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = open(context, "/zh/");
            page.locator("#site-search-input").focus();
            double focused = ((Number) page.evaluate("performance.now()")).doubleValue();
            page.locator("#site-search-input").pressSequentially("过拟合");

            assertThat(page.locator(".search-dropdown [role=option]").first()).containsText("过拟合");
            double shown = ((Number) page.evaluate("performance.now()")).doubleValue();
            assertThat(page.locator(".search-dropdown [role=option]").first())
                    .hasAttribute("href", Pattern.compile(".*q/handle-overfitting/$"));
            assertThat(page.locator(".search-dropdown [role=option] mark").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-zh-dropdown.png")));
            Files.writeString(SCREENSHOTS.resolve("search-timing.txt"), String.format(
                    "zh: %.0f ms from first focus to first results (index and lunr.js loaded on focus)%n",
                    shown - focused), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anEnglishQueryFindsStemmedForms() {
        try (BrowserContext context = served.browser().newContext()) {
            Page page = open(context, "/en/");
            page.locator("#site-search-input").fill("overfitted");

            assertThat(page.locator(".search-dropdown [role=option]").first())
                    .hasAttribute("href", Pattern.compile(".*q/handle-overfitting/$"));
            assertThat(page.locator(".search-dropdown [role=option]").first().locator("mark").first())
                    .hasText(Pattern.compile("overfitting", Pattern.CASE_INSENSITIVE));
        }
    }

    @Test
    void theKeyboardAloneFocusesSearchMovesThroughResultsAndOpensOne() {
        try (BrowserContext context = served.browser().newContext()) {
            Page page = open(context, "/zh/q/core-challenges/");
            page.keyboard().press("/");
            assertThat(page.locator("#site-search-input")).isFocused();
            page.keyboard().type("融资");
            assertThat(page.locator(".search-dropdown [role=option]").first()).isVisible();

            page.keyboard().press("ArrowDown");
            assertThat(page.locator(".search-dropdown [role=option]").first()).hasAttribute("aria-selected", "true");
            assertThat(page.locator("#site-search-input")).hasAttribute("aria-activedescendant", "site-search-option-0");
            page.keyboard().press("Enter");

            assertThat(page).hasURL(Pattern.compile(".*/zh/q/fundraising-strategy/$"));
            page.waitForLoadState();
            page.locator("#site-search-input").fill("融资");
            assertThat(page.locator(".search-dropdown")).isVisible();
            page.keyboard().press("Escape");
            assertThat(page.locator(".search-dropdown")).isHidden();
        }
    }

    @Test
    void theResultsPageIsAShareableDeepLinkThatWorksWithTheBackButton() {
        try (BrowserContext context = served.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = open(context, "/zh/search/?q=" + java.net.URLEncoder.encode("迁移学习", StandardCharsets.UTF_8));
            assertThat(page.locator("#site-search-input")).hasValue("迁移学习");
            assertThat(page.locator(".search-page__results li a").first())
                    .hasAttribute("href", Pattern.compile(".*q/transfer-learning-explained/$"));
            assertThat(page.locator(".search-page__all")).isHidden();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-zh-results.png"))
                    .setFullPage(true));

            page.locator("#site-search-input").fill("人才");
            page.locator("#site-search-input").press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*\\?q=%E4%BA%BA%E6%89%8D$"));
            assertThat(page.locator(".search-page__results li").first()).containsText("人才");

            page.goBack();
            assertThat(page.locator("#site-search-input")).hasValue("迁移学习");
            assertThat(page.locator(".search-page__results li a").first())
                    .hasAttribute("href", Pattern.compile(".*q/transfer-learning-explained/$"));
        }
    }

    @Test
    void traditionalCharactersAndHomophoneTyposFindThePageAndATopicTheSiteLacksShowsAtMostTheClosestThree() {
        try (BrowserContext context = served.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = open(context, "/zh/");
            page.locator("#site-search-input").fill("過擬合");
            assertThat(page.locator(".search-dropdown [role=option]").first())
                    .hasAttribute("href", Pattern.compile(".*q/handle-overfitting/$"));
            assertThat(page.locator(".search-dropdown [role=option]").first().locator("mark").first())
                    .hasText("过拟合"); // the page's own word, found through the folded one
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-zh-traditional.png")));

            page.locator("#site-search-input").fill("模型部属");
            assertThat(page.locator(".search-dropdown [role=option]").first())
                    .hasAttribute("href", Pattern.compile(".*q/deployment-.*"));

            // 计算 alone is on many pages: a topic the site lacks shows at most the three closest, saying so.
            Page results = open(context, "/zh/search/?q=" + java.net.URLEncoder.encode("量子计算", StandardCharsets.UTF_8));
            assertThat(results.locator(".search-page__summary")).containsText("没有完全符合“量子计算”的问题");
            org.assertj.core.api.Assertions.assertThat(results.locator(".search-page__results li").count())
                    .isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aQueryWithoutResultsSaysSoAndOffersAllQuestions() {
        try (BrowserContext context = served.browser().newContext()) {
            Page page = open(context, "/en/search/?q=zyxwvut");
            assertThat(page.locator(".search-page__summary")).containsText("No questions match");
            assertThat(page.locator(".search-page__all")).isVisible();
        }
    }

    @Test
    void withoutJavaScriptTheSearchFormLeadsToEveryDocumentAndThroughThemToEveryQuestion() throws Exception {
        try (BrowserContext context = served.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = open(context, "/en/");
            page.locator("#site-search-input").fill("privacy");
            page.locator("#site-search-input").press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/en/search/\\?q=privacy$"));
            assertThat(page.locator(".search-page__all noscript")).hasCount(1);
            java.util.List<String> documents = page.locator(".search-page__all .document-list a").all().stream()
                    .map(link -> link.getAttribute("href")).toList();
            try (var folders = Files.list(temp.resolve("site/en/docs"))) {
                assertThat(documents).as("every document, once").doesNotHaveDuplicates()
                        .hasSize((int) folders.count());
            }
            java.util.Set<String> questions = new java.util.HashSet<>();
            for (String document : documents) {
                page.navigate(served.url("/en/search/"));
                page.locator(".search-page__all .document-list a[href='" + document + "']").click();
                assertThat(page).hasURL(Pattern.compile(".*/docs/[^/]+/$")); // the document, not the search page
                page.locator("main a[href*='q/']").all().forEach(link -> questions.add(
                        link.getAttribute("href").replaceAll(".*q/([^/]+)/$", "$1")));
            }
            try (var pages = Files.list(temp.resolve("site/en/q"))) {
                assertThat(questions).as("every question page is reachable from a document")
                        .containsAll(pages.filter(dir -> !readUnchecked(dir.resolve("index.html"))
                                .contains("http-equiv=\"refresh\"")).map(dir -> dir.getFileName().toString()).toList());
            }
        }
    }

    @Test
    void aQueryFetchesOnlyTheIndexFilesItNeedsAndOneFragmentPerShownResult() throws Exception {
        try (BrowserContext context = served.browser().newContext()) {
            java.util.List<String> requested = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            java.util.List<String> scripts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            context.onRequest(request -> {
                if (request.url().contains("/zh/search/")) {
                    requested.add(request.url().replaceAll(".*/zh/search/", ""));
                } else if (request.url().endsWith(".js")) {
                    scripts.add(request.url().replaceAll(".*/", ""));
                }
            });
            Page page = open(context, "/zh/");
            page.locator("#site-search-input").fill("过拟合");
            assertThat(page.locator(".search-dropdown [role=option]").first()).isVisible();
            int shown = page.locator(".search-dropdown [role=option]").count();

            java.util.List<String> shards = requested.stream().filter(name -> name.startsWith("shard-")).toList();
            long allShards;
            try (var files = Files.list(temp.resolve("site/zh/search"))) {
                allShards = files.filter(f -> f.getFileName().toString().startsWith("shard-")).count();
            }
            assertThat(requested).as("the search worker arrives as one script, with the manifest in it")
                    .containsOnlyOnce("engine.js").doesNotContain("manifest.json");
            assertThat(scripts).doesNotContain("lunr.min.js", "search-core.js", "search-worker.js");
            assertThat(shards).as("shards of the terms 过拟, 拟合").doesNotHaveDuplicates().hasSizeBetween(1, 2);
            assertThat(shards.size()).isLessThan((int) allShards);
            assertThat(requested.stream().filter(name -> name.startsWith("fragments/")))
                    .as("one fragment per result shown").hasSize(shown);

            requested.clear();
            page.locator("#site-search-input").fill("过拟");
            assertThat(page.locator(".search-dropdown [role=option]").first()).isVisible();
            page.waitForTimeout(300);
            assertThat(requested).as("files already fetched are not fetched again")
                    .noneMatch(name -> name.equals("engine.js") || shards.contains(name));
        }
    }

    @Test
    void theResultsPageShowsResultsInPagesOfTwenty() {
        try (BrowserContext context = served.browser().newContext()) {
            Page page = open(context, "/zh/search/?q=" + java.net.URLEncoder.encode("模型", StandardCharsets.UTF_8));
            assertThat(page.locator(".search-page__results li")).hasCount(20);
            String summary = page.locator(".search-page__summary").textContent();
            int total = Integer.parseInt(summary.replaceAll("\\D+", ""));
            assertThat(total).isGreaterThan(20);
            page.locator(".search-page__more").click();
            assertThat(page.locator(".search-page__results li")).hasCount(Math.min(40, total));
            assertThat(page.locator(".search-page__results li a").nth(20)).isFocused();
        }
    }
}
