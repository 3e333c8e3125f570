package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.bench.SyntheticContent;
import dev.faqsite.theme.ThemeLocator;
import dev.faqsite.write.OutputFile;
import dev.faqsite.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes pages into its staging folder while it is still making others, on several threads. These tests use
 * a bilingual site of a few hundred pages, more than are ever in flight at once, so the streaming really happens.
 */
class StreamedBuildTest {
    /** Questions per language: with their documents, reports and redirects well over 200 pages. */
    private static final int QUESTIONS = 100;
    private static SyntheticContent synthetic;

    @TempDir
    Path temp;

    @BeforeAll
    static void readTheRealContent() {
        synthetic = SyntheticContent.from(new SitePipeline("test").analyseContent(Path.of("content")).paired());
    }

    private TestSite site() {
        synthetic.write(temp.resolve("content"), QUESTIONS, 7);
        return TestSite.create(temp, Map.of());
    }

    @Test
    void twoBuildsAndThePreviewOfTheSameContentGiveTheSameFilesByteForByte() {
        TestSite site = site();

        site.buildInto(temp.resolve("first"));
        assertThat(site.exitCode()).as(site.stderr()).isZero();
        site.buildInto(temp.resolve("second"));
        assertThat(site.exitCode()).as(site.stderr()).isZero();

        Map<String, String> first = TestSite.files(temp.resolve("first"));
        assertThat(first.keySet().stream().filter(path -> path.endsWith(".html"))).hasSizeGreaterThan(200);
        assertThat(first).containsKeys("zh/index.html", "en/index.html", "sitemap.xml");
        assertThat(TestSite.files(temp.resolve("second"))).isEqualTo(first);

        // Pages name the version that made them: the preview's pipeline gets the command line's.
        String version = TestSite.run("--version").stdout().strip().replaceFirst("^faq-site ", "");
        SitePipeline.Site preview = new SitePipeline(version).generate(new BuildOptions(site.content(),
                new ThemeLocator().locate(TestSite.TEMPLATES, TestSite.ASSETS), temp.resolve("preview"),
                Optional.empty(), Optional.empty()));
        Map<String, String> previewed = new TreeMap<>();
        preview.files().forEach(file -> previewed.put(file.path(), sha256(file)));
        Map<String, String> built = new TreeMap<>(first);
        built.remove(SiteWriter.MARKER);
        assertThat(previewed.keySet()).containsExactlyElementsOf(built.keySet());
        assertThat(built.keySet()).allSatisfy(path -> assertThat(previewed.get(path)).as(path).isEqualTo(built.get(path)));
    }

    @Test
    void aBrokenLinkFoundAfterThePagesWereWrittenKeepsThePreviousSiteAndLeavesNoStagingFolder() throws IOException {
        TestSite site = site().buildOk();
        Map<String, String> before = TestSite.files(site.out());

        site.write("zh/zz-broken.md", """
                ---
                title: "坏链接"
                slug: zz-broken
                ---

                ### 1. 这个链接指向哪里？ {#where-does-it-go}

                **答案：** 见 [不存在](q:no-such-question)。
                """).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/zz-broken.md:8:1: error: broken link");
        assertThat(TestSite.files(site.out())).isEqualTo(before);
        try (Stream<Path> beside = Files.list(temp)) {
            assertThat(beside.map(path -> path.getFileName().toString()))
                    .as("no staging folder (.out.new-*) or old site (.out.old-*) left beside the site")
                    .noneMatch(name -> name.startsWith(".out."));
        }
    }

    private static String sha256(OutputFile file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.content()));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
