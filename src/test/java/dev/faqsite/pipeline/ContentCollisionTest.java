package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.GitHubAnnotations;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two documents never silently become one page, {@code check} finds every collision that would break
 * {@code build} or a checkout on macOS or Windows, and a file name cannot forge a line of the log.
 */
class ContentCollisionTest {
    private static final String BILINGUAL_YAML = TestSite.BILINGUAL_SITE_YAML;

    @TempDir
    Path temp;

    private static String doc(String slug, String id) {
        return "---\ntitle: \"" + slug + "\"\n" + (slug.isEmpty() ? "" : "slug: " + slug + "\n") + "---\n\n"
                + "### 1. 问题 " + id + "？ {#" + id + "}\n\n**答案：** 回答 " + id + "。\n";
    }

    private static String english(String slug, String id) {
        return "---\ntitle: \"" + slug + "\"\n" + (slug.isEmpty() ? "" : "slug: " + slug + "\n") + "---\n\n"
                + "### 1. Question " + id + "? {#" + id + "}\n\n**Answer:** Answer " + id + ".\n";
    }

    private TestSite bilingual(Map<String, String> files) {
        TestSite site = TestSite.create(temp, Map.of("site.yaml", BILINGUAL_YAML));
        files.forEach(site::write);
        return site;
    }

    @Test
    void twoDocumentsWithOneFileNameInALanguageAreAnErrorNotASilentLoss() {
        TestSite site = TestSite.zh(temp, Map.of("x/a.md", doc("first", "one"), "y/a.md", doc("second", "two")));

        site.check();
        TestSite.CliRun strict = TestSite.run("check", "--strict", "--content", site.content().toString());
        site.build();

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/y/a.md:1:1: error: the file name 'a' is also used by zh/x/a.md")
                .contains("hint: translations are paired by file name");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void documentsWhoseNamesDifferOnlyInCaseAcrossLanguagesFailCheckNotBuild() {
        TestSite site = bilingual(Map.of("zh/a.md", doc("", "one"), "en/A.md", english("", "two")));

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("en/A.md:1:1: error: document slug 'a' is already used by zh/a.md")
                .contains("give it the same file name (a.md)").doesNotContain("two outputs");
    }

    @Test
    void anEnglishOnlyDocumentCannotReuseAChineseSlug() {
        TestSite site = bilingual(Map.of("zh/a.md", doc("shared", "one"), "en/b.md", english("shared", "two")));

        site.check();
        TestSite.CliRun build = TestSite.run("build", "--content", site.content().toString(), "--templates",
                TestSite.TEMPLATES.toString(), "--assets", TestSite.ASSETS.toString(), "--out", site.out().toString());

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("en/b.md:1:1: error: document slug 'shared' is already used by zh/a.md");
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.stderr()).doesNotContain("two outputs").doesNotContain("Exception");
    }

    @Test
    void documentNamesThatDifferOnlyInCaseAreAnError() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", doc("first", "one"), "A.md", doc("second", "two")));

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).containsAnyOf("zh/a.md: error: the name differs from zh/A.md only in upper/lower case",
                "zh/A.md: error: the name differs from zh/a.md only in upper/lower case");
    }

    @Test
    void windowsDeviceNamesAreRefusedAsFilesFoldersSlugsAndIds() {
        TestSite site = TestSite.zh(temp, Map.of(
                "con.md", doc("first", "one"),
                "aux/b.md", doc("second", "two"),
                "Lpt1.txt.md", doc("third", "three"),
                "c.md", doc("nul", "four"),
                "d.md", doc("fine", "com1"),
                "e.md", doc("console", "auxiliary")));

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr())
                .contains("zh/con.md: error: the name 'con.md' is reserved on Windows")
                .contains("zh/aux/b.md: error: the name 'aux' is reserved on Windows")
                .contains("zh/Lpt1.txt.md: error: the name 'Lpt1.txt.md' is reserved on Windows")
                .contains("zh/c.md:2:1: error: the slug 'nul' is reserved on Windows")
                .contains("zh/d.md:6:1: error: the question id 'com1' is reserved on Windows")
                .contains("hint: Windows cannot check out a file or folder named CON")
                .doesNotContain("zh/e.md");
    }

    @Test
    void aFileNameCannotForgeALineOfTheLog() {
        String forged = "a.md\n" + "zh/b.md:1:1: error: forged\r\u001b[2K::error file=x::forged\u2028\u202e";
        TestSite site = TestSite.zh(temp, Map.of("ok.md", doc("ok", "one"), forged + ".md", doc("b", "two")));

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("error: the file name contains a control character");
        assertThat(site.stderr().lines())
                .noneMatch(line -> line.startsWith("zh/b.md") || line.startsWith("::") || line.contains("\r")
                        || line.contains("\u001b") || line.contains("\u2028") || line.contains("\u202e"))
                .allMatch(line -> line.startsWith(site.content().toString()) || line.startsWith("  hint:")
                        || line.matches("\\d+ error\\(s\\).*"));
    }

    @Test
    void aFileNameThatIsNotUtf8IsAnError() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("ok.md", doc("ok", "one")));
        // Java cannot name such a file itself; the shell writes the raw bytes.
        Process touch = new ProcessBuilder("sh", "-c", "printf '%s' \"$1\" > \"$(printf 'zh/bad\\377')\".md", "sh",
                doc("bad", "two")).directory(site.content().toFile()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(touch.waitFor() == 0, "sh is needed for this test");

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains(".md: error: the file name is not valid UTF-8");
    }

    @Test
    void gitHubAnnotationsCarryNoControlCharacters() {
        Diagnostic diagnostic = Diagnostic.error("zh/a\u001b[31m\r\n::error::x.md", 3,
                "message\r\n::error::forged\u0007", "hint\n::warning::forged");

        String annotation = GitHubAnnotations.format(diagnostic, "content/");

        assertThat(annotation.lines()).hasSize(1);
        assertThat(annotation.chars()).noneMatch(Character::isISOControl);
        assertThat(annotation).startsWith("::error file=content/zh/a\\u001b[31m%0D%0A%3A%3Aerror%3A%3Ax.md,line=3,")
                .contains("::message%0D%0A::error::forged\\u0007%0Ahint%0A::warning::forged");
    }
}
