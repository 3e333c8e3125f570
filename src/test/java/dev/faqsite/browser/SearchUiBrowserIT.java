package dev.faqsite.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ColorScheme;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search box and the results page as a reader meets them on the real content: no layout shift when results
 * arrive, visible loading and error states, a popup that closes when focus leaves it, a no-result message that
 * helps, one search box on the results page, and a language switch that keeps the query.
 */
class SearchUiBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String OPTIONS = ".search-dropdown [role=option]";

    @TempDir
    static Path temp;

    private static ServedSite served;

    @BeforeAll
    static void buildAndServe() throws Exception {
        served = ServedSite.build(Path.of("content"), temp.resolve("site"));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
    }

    private static Browser.NewContextOptions desktop() {
        return new Browser.NewContextOptions().setViewportSize(1366, 900);
    }

    private static String searchPage(String language, String query) {
        return "/" + language + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The layout shifts of the page so far that no input caused, added up as Lighthouse does for CLS. */
    private static double layoutShift(Page page) {
        return ((Number) page.evaluate("() => new Promise(done => { let sum = 0;"
                + " const observer = new PerformanceObserver(list => list.getEntries()"
                + "   .filter(e => !e.hadRecentInput).forEach(e => { sum += e.value; }));"
                + " observer.observe({type: 'layout-shift', buffered: true});"
                + " setTimeout(() => { observer.disconnect(); done(sum); }, 200); })")).doubleValue();
    }

    @Test
    void theResultsPageDoesNotMoveWhenItsResultsArrive() {
        for (Browser.NewContextOptions device : List.of(phone(), desktop())) {
            for (String query : List.of("模型", "量子计算")) { // many results, and none
                try (BrowserContext context = served.browser().newContext(device)) {
                    Page page = context.newPage();
                    page.navigate(served.url(searchPage("zh", query)));
                    assertThat(page.locator(".search-page__summary")).not().isEmpty();
                    page.waitForTimeout(300); // a shift would follow the results within a frame or two
                    assertThat(layoutShift(page)).as("CLS of %s at %s px", query, device.viewportSize.get().width)
                            .isLessThan(0.01);
                }
            }
        }
    }

    @Test
    void aSlowSearchShowsThatItIsSearchingAndAFailedOneSaysSoWithAWayOn() {
        try (BrowserContext context = served.browser().newContext(desktop())) {
            List<Route> held = new ArrayList<>();
            context.route(Pattern.compile(".*/search/engine\\.js$"), held::add);
            Page page = context.newPage();
            page.navigate(served.url("/zh/"));
            page.locator("#site-search-input").fill("训练");

            assertThat(page.locator(".search-dropdown .search-loading")).isVisible();
            assertThat(page.locator(".search-dropdown .search-loading")).hasText("正在搜索…");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-ui-loading.png")));
            context.unroute(Pattern.compile(".*/search/engine\\.js$"));
            held.forEach(Route::resume);
            assertThat(page.locator(OPTIONS).first()).isVisible();
            assertThat(page.locator(".search-dropdown .search-loading")).hasCount(0);
        }
        try (BrowserContext context = served.browser().newContext(desktop())) {
            context.route(Pattern.compile(".*/search/shard-.*"), Route::abort);
            Page page = context.newPage();
            page.navigate(served.url("/zh/"));
            page.locator("#site-search-input").fill("训练");

            assertThat(page.locator(".search-dropdown .search-error")).isVisible();
            assertThat(page.locator(".search-dropdown .search-error")).containsText("搜索暂时无法使用");
            assertThat(page.locator(".search-dropdown a.search-more")).hasAttribute("href", Pattern.compile(".*/zh/#documents$"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-ui-failed.png")));

            context.unroute(Pattern.compile(".*/search/shard-.*"));
            page.locator("#site-search-input").pressSequentially("数据");
            assertThat(page.locator(OPTIONS).first()).isVisible(); // typing again tries again
            assertThat(page.locator(".search-dropdown .search-error")).hasCount(0);
        }
    }

    @Test
    void aFastAnswerDoesNotFlashTheLoadingState() {
        try (BrowserContext context = served.browser().newContext(desktop())) {
            Page page = context.newPage();
            page.navigate(served.url("/zh/"));
            page.locator("#site-search-input").fill("过拟合");
            assertThat(page.locator(OPTIONS).first()).isVisible();
            page.evaluate("() => { window.loadingSeen = false; new MutationObserver(() => {"
                    + " if (document.querySelector('.search-dropdown .search-loading')) window.loadingSeen = true; })"
                    + ".observe(document.querySelector('.search-dropdown'), {childList: true, subtree: true}); }");
            page.locator("#site-search-input").fill("过拟"); // the parts of the index it needs are loaded
            assertThat(page.locator(OPTIONS).first()).containsText("过拟");
            page.waitForTimeout(500);
            assertThat(page.evaluate("window.loadingSeen")).isEqualTo(false);
        }
    }

    @Test
    void tabLeavesTheSearchBoxAndClosesTheResultsWhileTheArrowKeysStillWork() {
        try (BrowserContext context = served.browser().newContext(desktop())) {
            Page page = context.newPage();
            page.navigate(served.url("/zh/"));
            page.locator("#site-search-input").focus();
            page.keyboard().type("融资");
            assertThat(page.locator(OPTIONS).first()).isVisible();
            assertThat(page.locator("#site-search-input")).hasAttribute("aria-expanded", "true");
            assertThat(page.locator(OPTIONS).first()).hasAttribute("tabindex", "-1");

            page.keyboard().press("ArrowDown");
            assertThat(page.locator("#site-search-input")).hasAttribute("aria-activedescendant", "site-search-option-0");
            for (int i = 0; i < 5 && (Boolean) page.evaluate(
                    "document.querySelector('form.site-search').contains(document.activeElement)"); i++) {
                page.keyboard().press("Tab");
                assertThat(page.evaluate("document.activeElement.getAttribute('role')")).isNotEqualTo("option");
            }
            assertThat(page.locator(".search-dropdown")).isHidden();
            assertThat(page.locator("#site-search-input")).hasAttribute("aria-expanded", "false");
            assertThat(page.locator("#site-search-input")).not().hasAttribute("aria-activedescendant", Pattern.compile(".*"));

            page.locator("#site-search-input").focus();
            assertThat(page.locator(".search-dropdown")).isVisible(); // coming back shows the results again
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/zh/q/[^/]+/$"));
        }
    }

    @Test
    void aQueryWithoutResultsInTheDropdownSuggestsOtherWordsAndLeadsToTheDocuments() {
        try (BrowserContext context = served.browser().newContext(desktop())) {
            Page page = context.newPage();
            page.navigate(served.url("/zh/"));
            page.locator("#site-search-input").fill("量子纠缠");

            assertThat(page.locator(".search-dropdown .search-empty")).hasText("没有找到与“量子纠缠”相关的问题。试试更少的词，或换个说法。");
            assertThat(page.locator(".search-dropdown .search-empty")).not().containsText("下面");
            assertThat(page.locator("#site-search-input")).hasAttribute("aria-expanded", "false");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-ui-empty.png")));
            page.locator(".search-dropdown a.search-more").click();
            assertThat(page).hasURL(Pattern.compile(".*/zh/#documents$"));
            assertThat(page.locator("#documents")).isInViewport();

            page.navigate(served.url(searchPage("zh", "量子纠缠")));
            assertThat(page.locator(".search-page__summary")).containsText("浏览下面的文档");
            assertThat(page.locator(".search-page__all .document-list")).isVisible();
        }
    }

    @Test
    void aQuestionNoPageMatchesInFullShowsTheClosestFewAndSaysSo() {
        String question = "大模型创业会遇到哪些风险，又该如何规避？";
        try (BrowserContext context = served.browser().newContext(desktop())) {
            Page page = context.newPage();
            page.navigate(served.url("/zh/"));
            page.locator("#site-search-input").fill(question);

            assertThat(page.locator(".search-dropdown .search-closest"))
                    .hasText("没有完全符合“" + question + "”的问题，只列出最接近的几个。");
            assertThat(page.locator(OPTIONS).first()).containsText("风险");
            org.assertj.core.api.Assertions.assertThat(page.locator(OPTIONS).count()).isBetween(1, 3);

            page.navigate(served.url(searchPage("zh", question)));
            assertThat(page.locator(".search-page__summary")).hasText("没有完全符合“" + question + "”的问题，只列出最接近的几个。");
            assertThat(page.locator(".search-page__results li").first()).containsText("风险");
            assertThat(page.locator(".search-page__all .document-list")).isVisible();
            assertThat(page.locator(".search-page__more")).isHidden();
        }
    }

    @Test
    void theResultsPageHasOneSearchBoxHoldingTheQueryThatUpdatesTheResultsAsTheReaderTypes() {
        try (BrowserContext context = served.browser().newContext(phone())) {
            Page page = context.newPage();
            page.navigate(served.url(searchPage("zh", "迁移学习")));
            assertThat(page.locator("input[name=q]:visible")).hasCount(1);
            assertThat(page.locator("#site-search-input")).hasValue("迁移学习");
            assertThat(page.locator(".search-page__results li").first()).containsText("迁移学习");

            page.locator("#site-search-input").fill("人才");
            assertThat(page.locator(".search-page__results li").first()).containsText("人才");
            assertThat(page.locator(".search-dropdown")).isHidden(); // the page shows the results, not a popup
            assertThat(page).hasURL(Pattern.compile(".*\\?q=%E4%BA%BA%E6%89%8D$"));
            page.goBack();
            assertThat(page.locator("#site-search-input")).hasValue("迁移学习");

            page.navigate(served.url("/zh/search/"));
            assertThat(page.locator("#site-search-input")).isFocused(); // no query yet: the cursor waits in the box
        }
        try (BrowserContext context = served.browser().newContext(phone().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(served.url(searchPage("zh", "迁移学习")));
            assertThat(page.locator("input[name=q]:visible")).hasCount(1);
            assertThat(page.locator(".search-page__all .document-list")).isVisible();
        }
    }

    @Test
    void whenTheSearchScriptCannotLoadTheResultsPageStillOffersTheDocuments() {
        try (BrowserContext context = served.browser().newContext(desktop())) {
            context.route(Pattern.compile(".*/assets/search\\.js$"), Route::abort);
            Page page = context.newPage();
            page.navigate(served.url(searchPage("zh", "模型")));
            assertThat(page.locator(".search-page__all .document-list")).isVisible();
        }
    }

    @Test
    void theLanguageSwitchOfTheResultsPageKeepsTheQuery() {
        try (BrowserContext context = served.browser().newContext(desktop())) {
            Page page = context.newPage();
            page.navigate(served.url(searchPage("zh", "模型")));
            assertThat(page.locator(".search-page__results li").first()).isVisible();
            page.locator(".language-switcher a[data-language=en]").click();

            assertThat(page).hasURL(Pattern.compile(".*/en/search/\\?q=%E6%A8%A1%E5%9E%8B$"));
            assertThat(page.locator("#site-search-input")).hasValue("模型");
            page.locator("#site-search-input").fill("model");
            assertThat(page.locator(".search-page__results li").first()).isVisible();
            assertThat(page.locator(".language-switcher a[data-language=zh]"))
                    .hasAttribute("href", Pattern.compile(".*/zh/search/\\?q=model$"));
        }
    }

    @Test
    void theSearchPageAndTheDropdownHaveNoAccessibilityViolationInLightOrDark() {
        List<String> problems = new ArrayList<>();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            for (Browser.NewContextOptions device : List.of(phone(), desktop())) {
                String size = device.viewportSize.get().width + "px-" + scheme.name().toLowerCase();
                try (BrowserContext context = served.browser().newContext(device.setColorScheme(scheme))) {
                    Page page = context.newPage();
                    page.onConsoleMessage(m -> {
                        if (m.type().equals("error")) {
                            problems.add(size + " console: " + m.text());
                        }
                    });
                    page.navigate(served.url(searchPage("zh", "模型")));
                    assertThat(page.locator(".search-page__results li").first()).isVisible();
                    check(page, size + " results page", problems);
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(SCREENSHOTS.resolve("search-ui-page-" + size + ".png")));

                    page.navigate(served.url("/zh/"));
                    page.locator("#site-search-input").fill("训练数据");
                    assertThat(page.locator(OPTIONS).first()).isVisible();
                    page.keyboard().press("ArrowDown");
                    check(page, size + " dropdown", problems);
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(SCREENSHOTS.resolve("search-ui-dropdown-" + size + ".png")));

                    page.locator("#site-search-input").fill("量子纠缠");
                    assertThat(page.locator(".search-dropdown .search-empty")).isVisible();
                    check(page, size + " dropdown without results", problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Page page, String where, List<String> problems) {
        for (Rule violation : new AxeBuilder(page).analyze().getViolations()) {
            problems.add(where + ": " + violation.getId() + " " + violation.getNodes().stream()
                    .map(n -> n.getTarget().toString()).limit(3).toList());
        }
    }
}
