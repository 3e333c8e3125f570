package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input path — site.yaml, documents, templates, message bundles, assets — can make the build read a file
 * outside its input folders, whatever links are used, and no file's text leaks into an error.
 */
class FileSafetyTest {
    private static final String SECRET = "https://ci-token-0123456789abcdef@secret.example";
    private static final String DOC = TestSite.ONE_QUESTION;

    @TempDir
    Path temp;

    private Path secret() throws IOException {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, SECRET + "\n");
        return secret;
    }

    private TestSite site() {
        return TestSite.zh(temp.resolve("repo"), Map.of("a.md", DOC));
    }

    /** A copy of the repository's theme, to break in one test. */
    private Path copyOf(Path folder, String name) throws IOException {
        Path copy = temp.resolve("repo").resolve(name);
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                Path target = copy.resolve(folder.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return copy;
    }

    private TestSite.CliRun build(TestSite site, Path templates, Path assets) {
        return TestSite.run("build", "--content", site.content().toString(), "--templates", templates.toString(),
                "--assets", assets.toString(), "--out", site.out().toString());
    }

    private static void assertRefusedWithoutLeak(TestSite.CliRun run, TestSite site, String expected) {
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).contains(expected).doesNotContain("ci-token").doesNotContain("Exception");
        assertThat(site.out()).doesNotExist();
    }

    private static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aSymlinkedSiteConfigIsRefusedBeforeItIsRead() throws Exception {
        TestSite site = site();
        Files.delete(site.content().resolve("site.yaml"));
        Files.createSymbolicLink(site.content().resolve("site.yaml"), secret());

        TestSite.CliRun check = TestSite.run("check", "--content", site.content().toString());
        site.build();

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.stderr()).contains("site.yaml: error: symbolic links are not allowed in the content folder")
                .doesNotContain("ci-token");
        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).doesNotContain("ci-token");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void aBrokenSymlinkAsSiteConfigIsAnErrorNotTheDefaults() {
        TestSite site = site();
        try {
            Files.delete(site.content().resolve("site.yaml"));
            Files.createSymbolicLink(site.content().resolve("site.yaml"), temp.resolve("nowhere.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("site.yaml: error: symbolic links are not allowed");
    }

    @Test
    void aHardLinkToAFileOutsideTheContentIsRefused() throws Exception {
        TestSite site = site();
        Files.delete(site.content().resolve("site.yaml"));
        Files.createLink(site.content().resolve("site.yaml"), secret());

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("site.yaml: error: the file has 2 hard links")
                .contains("hint: replace it with a plain copy").doesNotContain("ci-token");
    }

    @Test
    void hardLinkedDocumentsAreRefusedToo() throws Exception {
        TestSite site = site();
        Files.createLink(site.content().resolve("zh/leak.md"), secret());

        site.build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/leak.md: error: the file has 2 hard links").doesNotContain("ci-token");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void invalidUtf8InTheSiteConfigNamesTheLine() {
        TestSite site = site();
        byte[] yaml = TestSite.SITE_YAML.replace("测试问答", "X").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[yaml.length + 2];
        System.arraycopy(yaml, 0, broken, 0, yaml.length);
        broken[yaml.length] = (byte) 0xC3;
        broken[yaml.length + 1] = (byte) 0x28;
        site.writeBytes("site.yaml", broken);

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("site.yaml:" + (TestSite.SITE_YAML.lines().count() + 1)
                + ":1: error: file is not valid UTF-8").doesNotContain("MalformedInput").doesNotContain("Exception");
    }

    @Test
    @Timeout(value = 60)
    void aNamedPipeInTheContentIsRefusedInsteadOfBlockingTheBuild() {
        TestSite site = site();
        assumeTrue(mkfifo(site.content().resolve("zh/pipe.md")), "mkfifo is needed for this test");

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/pipe.md: error: not a regular file");
    }

    @Test
    @Timeout(value = 60)
    void aNamedPipeAsSiteConfigIsRefusedInsteadOfBlockingTheBuild() throws Exception {
        TestSite site = site();
        Files.delete(site.content().resolve("site.yaml"));
        assumeTrue(mkfifo(site.content().resolve("site.yaml")), "mkfifo is needed for this test");

        site.check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("site.yaml: error: not a regular file");
    }

    @Test
    void aSymlinkedLanguageFolderIsRefused() throws Exception {
        TestSite site = TestSite.create(temp.resolve("repo"), Map.of("site.yaml", TestSite.SITE_YAML));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("a.md"), DOC);
        Files.createSymbolicLink(site.content().resolve("zh"), elsewhere);

        site.build();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh: error: symbolic links are not allowed in the content folder");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void inputFoldersReachedThroughALinkStillBuild() throws Exception {
        TestSite site = site();
        Path content = Files.createSymbolicLink(temp.resolve("content-link"), site.content());
        Path templates = Files.createSymbolicLink(temp.resolve("templates-link"), TestSite.TEMPLATES);
        Path assets = Files.createSymbolicLink(temp.resolve("assets-link"), TestSite.ASSETS);

        TestSite.CliRun run = TestSite.run("build", "--content", content.toString(), "--templates",
                templates.toString(), "--assets", assets.toString(), "--out", site.out().toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(site.out().resolve("zh/docs/a/index.html")).isRegularFile();
        assertThat(site.out().resolve("assets/style.css")).isRegularFile();
    }

    @Test
    void aLinkInTheWorkingDirectoryCannotPointAnInputFolderElsewhere() throws Exception {
        TestSite site = site();
        Path outside = Files.createDirectories(temp.resolve("outside-assets"));
        Files.copy(secret(), outside.resolve("secret.txt"));
        // A repository (the working directory) whose site-assets folder was committed as a link.
        Path repo = Files.createDirectories(Path.of("target", "file-safety-" + System.nanoTime()).toAbsolutePath());
        Path assets = Files.createSymbolicLink(repo.resolve("site-assets"), outside);
        Path inside = Files.createSymbolicLink(repo.resolve("templates"), TestSite.TEMPLATES);
        try {
            TestSite.CliRun refused = build(site, TestSite.TEMPLATES, assets);
            TestSite.CliRun allowed = build(site, inside, TestSite.ASSETS);

            assertThat(refused.exitCode()).as(refused.stderr()).isEqualTo(2);
            assertThat(refused.stderr()).contains("site-assets is inside the working directory, but a symbolic link"
                    + " leads it to " + outside.toRealPath() + ", outside").doesNotContain("ci-token");
            assertThat(allowed.exitCode()).as(allowed.stderr()).isZero();
            assertThat(site.out().resolve("assets/secret.txt")).doesNotExist();
        } finally {
            Files.delete(assets);
            Files.delete(inside);
            Files.delete(repo);
        }
    }

    @Test
    void aSymlinkedTemplateIsRefusedAndNotPublished() throws Exception {
        TestSite site = site();
        Path templates = copyOf(TestSite.TEMPLATES, "templates");
        Files.delete(templates.resolve("contribute.peb"));
        Files.createSymbolicLink(templates.resolve("contribute.peb"), secret());

        TestSite.CliRun run = build(site, templates, TestSite.ASSETS);

        assertRefusedWithoutLeak(run, site, "contribute.peb: symbolic links are not allowed in the templates folder");
    }

    @Test
    void aSymlinkedFolderInsideTheTemplatesIsRefused() throws Exception {
        TestSite site = site();
        Path templates = copyOf(TestSite.TEMPLATES, "templates");
        Path messages = templates.resolve("messages");
        Path elsewhere = temp.resolve("messages-elsewhere");
        Files.move(messages, elsewhere);
        Files.createSymbolicLink(messages, elsewhere);

        TestSite.CliRun run = build(site, templates, TestSite.ASSETS);

        assertRefusedWithoutLeak(run, site, "symbolic links are not allowed in the templates folder");
    }

    @Test
    void aTemplateCannotIncludeAFileOutsideTheTemplatesFolder() throws Exception {
        TestSite site = site();
        Path templates = copyOf(TestSite.TEMPLATES, "templates");
        Path contribute = templates.resolve("contribute.peb");
        Path secret = secret();
        String climb = "../".repeat(templates.getNameCount()) + secret.toString().substring(1);
        Files.writeString(contribute, "{% include \"" + climb + "\" %}\n" + Files.readString(contribute));

        TestSite.CliRun run = build(site, templates, TestSite.ASSETS);

        assertRefusedWithoutLeak(run, site, "the name leads outside the templates folder");
    }

    @Test
    void aHardLinkedMessageBundleIsRefused() throws Exception {
        TestSite site = site();
        Path templates = copyOf(TestSite.TEMPLATES, "templates");
        Path bundle = templates.resolve("messages/zh.properties");
        Path original = temp.resolve("zh.properties");
        Files.move(bundle, original);
        Files.createLink(bundle, original);

        TestSite.CliRun run = build(site, templates, TestSite.ASSETS);

        assertRefusedWithoutLeak(run, site, "messages/zh.properties: error: the file has 2 hard links");
    }

    @Test
    void aSymlinkedFolderInsideTheAssetsIsRefused() throws Exception {
        TestSite site = site();
        Path assets = copyOf(TestSite.ASSETS, "site-assets");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.copy(secret(), elsewhere.resolve("secret.txt"));
        Files.createSymbolicLink(assets.resolve("fonts"), elsewhere);

        TestSite.CliRun run = build(site, TestSite.TEMPLATES, assets);

        assertRefusedWithoutLeak(run, site, "site-assets/fonts: error: symbolic links are not allowed in the assets folder");
    }

    @Test
    void aHardLinkedAssetIsRefused() throws Exception {
        TestSite site = site();
        Path assets = copyOf(TestSite.ASSETS, "site-assets");
        Files.createLink(assets.resolve("leak.txt"), secret());

        TestSite.CliRun run = build(site, TestSite.TEMPLATES, assets);

        assertRefusedWithoutLeak(run, site, "site-assets/leak.txt: error: the file has 2 hard links");
    }

    @Test
    @Timeout(value = 60)
    void aNamedPipeInTheAssetsIsRefused() throws Exception {
        TestSite site = site();
        Path assets = copyOf(TestSite.ASSETS, "site-assets");
        assumeTrue(mkfifo(assets.resolve("pipe.css")), "mkfifo is needed for this test");

        TestSite.CliRun run = build(site, TestSite.TEMPLATES, assets);

        assertRefusedWithoutLeak(run, site, "site-assets/pipe.css: error: not a regular file");
    }

    @Test
    void assetsWhoseNamesDifferOnlyInCaseAreRefused() throws Exception {
        TestSite site = site();
        Path assets = copyOf(TestSite.ASSETS, "site-assets");
        Files.writeString(assets.resolve("Style.css"), "body{}");

        TestSite.CliRun run = build(site, TestSite.TEMPLATES, assets);

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).contains("error: the asset would be published as assets/")
                .contains("on systems that ignore upper/lower case").doesNotContain("Exception");
    }

    @Test
    void anAssetCannotReplaceAFileTheBuildGenerates() throws Exception {
        TestSite site = site();
        Path assets = copyOf(TestSite.ASSETS, "site-assets");
        Files.writeString(assets.resolve("lunr.min.js"), "alert(1)");

        TestSite.CliRun run = build(site, TestSite.TEMPLATES, assets);

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).contains("site-assets/lunr.min.js: error: the asset would be published as "
                + "assets/lunr.min.js, the same file as the generated assets/lunr.min.js")
                .doesNotContain("upper/lower case");
    }

    @Test
    void newQuestionCannotAppendToAFileOutsideTheContent() throws Exception {
        TestSite site = site();
        Path secret = secret();
        Files.createLink(site.content().resolve("zh/b.md"), secret);

        TestSite.CliRun run = TestSite.run("new", "question", "--content", site.content().toString(), "zh/b.md", "标题");

        assertThat(run.exitCode()).isNotZero();
        assertThat(Files.readString(secret)).isEqualTo(SECRET + "\n");
    }
}
