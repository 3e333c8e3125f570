package dev.faqsite.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Plain links resolved by hand lead where java.net.URI resolves them. */
class LinkCheckerTest {
    private static final List<String> PAGES = List.of("/", "/zh/", "/zh/q/core-challenges/",
            "/en/docs/a-b_c.d~e/", "/404.html", "/zh/q/x/../y/", "/a//b/", "/zh/search/");
    private static final List<String> PIECES = List.of("../", "./", "..", ".", "/", "//", "#", "a", "q", "s10628",
            "index.html", "style.css", "h-答案", "h-x", "-", "_", "~", "%41", "%E7%AD%94", "?q=1", ":", "mailto:",
            " ", "\u3000", "\t", "é", "\uD83D\uDE00", "\"", "<", "{", "|", "^", "`", "[", "]", "\\", "@", "!", "$",
            "&", "'", "(", "*", "+", ",", ";", "=");

    @Test
    void plainLinksLeadWhereUriResolvesThem() {
        Random random = new Random(7);
        int plain = 0;
        for (int n = 0; n < 200_000; n++) {
            String page = PAGES.get(random.nextInt(PAGES.size()));
            StringBuilder target = new StringBuilder();
            int length = random.nextInt(7);
            for (int k = 0; k < length; k++) {
                target.append(PIECES.get(random.nextInt(random.nextBoolean() ? 6 : PIECES.size())));
            }
            LinkChecker.Target fast = LinkChecker.resolvePlain(page, target.toString());
            if (fast != null) {
                plain++;
                assertThat(fast).as("'%s' from %s", target, page).isEqualTo(resolved(page, target.toString()));
            }
        }
        assertThat(plain).as("links resolved without URI").isGreaterThan(20_000);
    }

    @Test
    void theSiteLinksOfAPageArePlain() {
        assertThat(LinkChecker.resolvePlain("/zh/q/x/", "../../../assets/style.css"))
                .isEqualTo(new LinkChecker.Target("/assets/style.css", null));
        assertThat(LinkChecker.resolvePlain("/zh/q/x/", "../y/#h-答案"))
                .isEqualTo(new LinkChecker.Target("/zh/q/y/", "h-答案"));
        assertThat(LinkChecker.resolvePlain("/zh/q/x/", "#h-相关问题"))
                .isEqualTo(new LinkChecker.Target("/zh/q/x/", "h-相关问题"));
        assertThat(LinkChecker.resolvePlain("/zh/q/x/", "../../../en/q/x/"))
                .isEqualTo(new LinkChecker.Target("/en/q/x/", null));
        assertThat(LinkChecker.resolvePlain("/zh/q/x/", "../../../../up/")).isNull();
        assertThat(LinkChecker.resolvePlain("/zh/q/x/", "../y/?a=1")).isNull();
    }

    /** What the link check did before: resolve with java.net.URI against the page's URL. */
    private static LinkChecker.Target resolved(String page, String target) {
        try {
            URI uri = URI.create("https://site.invalid" + page).resolve(new URI(target));
            return new LinkChecker.Target(uri.getPath(), uri.getFragment());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new LinkChecker.Target("not a valid URL", e.getClass().getSimpleName());
        }
    }
}
