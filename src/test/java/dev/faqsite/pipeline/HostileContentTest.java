package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content written to mislead the build, its CI or its readers. */
class HostileContentTest {
    @TempDir
    Path temp;

    private static final String DOC = TestSite.ONE_QUESTION;

    @Test
    void aSymbolicLinkCannotPublishAFileFromOutsideTheContent() throws Exception {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));
        Files.createSymbolicLink(site.content().resolve("zh/leak.md"), secret);

        site.build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/leak.md: error: symbolic links are not allowed");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void aLineBreakInContentCannotInjectAWorkflowCommandIntoTheLog() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC.replace("slug: a",
                "slug: a\n\"x\\n::error file=README.md,line=1::fake\": 1")));

        TestSite.CliRun run = TestSite.run("check", "--content", site.content().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr().lines()).noneMatch(line -> line.startsWith("::"));
        assertThat(run.stderr()).contains("unknown key 'x\\n::error file=README.md,line=1::fake'");
    }

    @Test
    void aContributorCannotForgeTheSourcePositionOfALink() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC.replace("模型记住了噪声。",
                "模型记住了噪声。<a href=\"/zh/missing/\" data-source=\"../../etc/passwd:4\">x</a>"))).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/a.md:8:1: error: broken link").doesNotContain("passwd");
    }

    @Test
    void deeplyNestedMarkdownIsAClearErrorNotACrash() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC + "\n" + ">".repeat(5000) + " 引用\n")).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/a.md:10:1: error: the document is nested too deeply to read")
                .doesNotContain("StackOverflowError");
    }

    @Test
    void malformedSiteLinksAndScriptLinksAreReportedNotSilentlyDropped() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC.replace("模型记住了噪声。",
                "见 [甲](Q:overfitting) 和 [乙](javascript:alert(1))。"))).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/a.md:8:1: error: malformed site link 'Q:overfitting'")
                .contains("zh/a.md:8:1: warning: link 'javascript:alert(1)' is removed");
    }

    @Test
    void duplicateKeysInFrontMatterAreAnError() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC.replace("slug: a", "slug: a\nslug: b"))).build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/a.md:4:1: error: 'slug' is set twice (first on line 3)");
    }

    @Test
    void thePublishedSiteIsReadableByAWebServerRunningAsAnotherUser() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC)).buildOk();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(site.out()))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void documentsWithChineseFileNamesGetDistinctSlugs() {
        TestSite site = TestSite.zh(temp, Map.of("问答甲.md", DOC.replace("slug: a\n", "")
                        .replace("{#overfitting}", "{#first}"),
                "问答乙.md", DOC.replace("slug: a\n", "").replace("{#overfitting}", "{#second}"))).buildOk();

        assertThat(site.htmlPages()).filteredOn(p -> p.startsWith("zh/docs/doc-")).hasSize(2);
    }

    @Test
    void newDocumentRefusesALanguageTheSiteDoesNotHave() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));

        TestSite.CliRun run = TestSite.run("new", "document", "--content", site.content().toString(),
                "--lang", "../..", "pwn", "T", "Q");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(temp.resolve("pwn.md")).doesNotExist();
        assertThat(temp.getParent().resolve("pwn.md")).doesNotExist();
    }
}
