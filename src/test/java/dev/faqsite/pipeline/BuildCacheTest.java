package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.postprocess.ProcessedPage;
import dev.faqsite.write.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The preview makes a page again exactly when its rendered HTML changed. */
class BuildCacheTest {
    private final BuildCache cache = new BuildCache();
    private final AtomicInteger made = new AtomicInteger();

    @Test
    void anUnchangedPageIsNotMadeAgainAndAChangedOneIs() {
        SiteFiles.MadePage first = page("zh/q/a/index.html", "<p>答案</p>");

        assertThat(page("zh/q/a/index.html", new String("<p>答案</p>"))).isSameAs(first);
        assertThat(made).hasValue(1);
        SiteFiles.MadePage changed = page("zh/q/a/index.html", "<p>答案。</p>");
        assertThat(changed).isNotSameAs(first);
        assertThat(new String(changed.file().content(), StandardCharsets.UTF_8)).isEqualTo("<p>答案。</p>");
        assertThat(page("zh/q/b/index.html", "<p>答案。</p>")).isNotSameAs(changed);
        assertThat(made).hasValue(3);
    }

    @Test
    void textsThatDifferByOneCharacterAnywhereHaveDifferentDigests() {
        String text = "<main>如何评估模型的性能？ a&amp;b</main>".repeat(50);
        BuildCache.RenderedDigest digest = BuildCache.RenderedDigest.of(text);
        for (int i = 0; i < text.length(); i++) {
            String changed = text.substring(0, i) + (char) (text.charAt(i) + 1) + text.substring(i + 1);
            assertThat(BuildCache.RenderedDigest.of(changed)).isNotEqualTo(digest);
        }
        assertThat(BuildCache.RenderedDigest.of(text + " ")).isNotEqualTo(digest);
        assertThat(BuildCache.RenderedDigest.of(new String(text))).isEqualTo(digest);
    }

    private SiteFiles.MadePage page(String path, String html) {
        return cache.page(path, html, () -> {
            made.incrementAndGet();
            return new SiteFiles.MadePage(new ProcessedPage("/" + path, path, "", Set.of(), List.of()),
                    new OutputFile(path, html.getBytes(StandardCharsets.UTF_8)));
        });
    }
}
