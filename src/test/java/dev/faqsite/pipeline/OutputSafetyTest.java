package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.write.SiteWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build writes only into the output folder and the report file, whatever links or {@code ..} the paths use,
 * and a build killed half-way leaves nothing that the next build does not clean up.
 */
class OutputSafetyTest {
    private static final String DOC = TestSite.ONE_QUESTION;

    @TempDir
    Path temp;

    private TestSite site() {
        return TestSite.zh(temp.resolve("repo"), Map.of("a.md", DOC));
    }

    private static TestSite.CliRun build(TestSite site, Path out, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("build", "--content", site.content().toString(),
                "--templates", TestSite.TEMPLATES.toString(), "--assets", TestSite.ASSETS.toString(),
                "--out", out.toString()));
        arguments.addAll(List.of(extra));
        return TestSite.run(arguments.toArray(String[]::new));
    }

    private static void assertUsageError(TestSite.CliRun run, String message) {
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).contains(message).doesNotContain("Exception");
    }

    @Test
    void theReportCannotOverwriteADocument() throws Exception {
        TestSite site = site();
        Path document = site.content().resolve("zh/a.md");

        TestSite.CliRun run = build(site, site.out(), "--report", document.toString());

        assertUsageError(run, "is inside the input folder");
        assertThat(Files.readString(document)).isEqualTo(DOC);
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void theReportCannotClimbIntoTheContentWithDotDot() throws Exception {
        TestSite site = site();
        Path sneaky = site.root().resolve("elsewhere/../content/zh/../zh/a.md");

        TestSite.CliRun run = build(site, site.out(), "--report", sneaky.toString());

        assertUsageError(run, "is inside the input folder");
        assertThat(Files.readString(site.content().resolve("zh/a.md"))).isEqualTo(DOC);
    }

    @Test
    void theReportCannotReachTheContentThroughALinkedFolder() throws Exception {
        TestSite site = site();
        Path link = Files.createSymbolicLink(temp.resolve("reports"), site.content().resolve("zh"));

        TestSite.CliRun run = build(site, site.out(), "--report", link.resolve("new.json").toString());

        assertUsageError(run, "is inside the input folder");
        assertThat(site.content().resolve("zh/new.json")).doesNotExist();
    }

    @Test
    void theReportCannotBeALinkNorGoIntoTheTemplatesOrTheOutput() throws Exception {
        TestSite site = site();
        Path target = Files.writeString(temp.resolve("elsewhere.txt"), "keep");
        Path link = Files.createSymbolicLink(temp.resolve("report.json"), target);

        assertUsageError(build(site, site.out(), "--report", link.toString()), "is a symbolic link");
        assertUsageError(build(site, site.out(), "--report", TestSite.TEMPLATES.resolve("r.json").toString()),
                "is inside the input folder");
        assertUsageError(build(site, site.out(), "--report", site.out().resolve("report.json").toString()),
                "is inside the output folder");
        assertUsageError(build(site, site.out(), "--report", temp.toString()), "is not a plain file");
        assertThat(Files.readString(target)).isEqualTo("keep");
    }

    @Test
    void theReportIsReplacedWholeAndLeavesNoTemporaryFile() throws Exception {
        TestSite site = site();
        Path report = temp.resolve("reports/report.json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "old");
        // What a build killed while writing its report leaves behind.
        Path leftover = Files.writeString(report.resolveSibling(".report.json.new-123456"), "{\"half");
        Path unrelated = Files.writeString(report.resolveSibling(".report.json.new-notmine"), "keep");

        TestSite.CliRun run = build(site, site.out(), "--report", report.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(Files.readString(report)).startsWith("{").contains("overfitting");
        assertThat(leftover).doesNotExist();
        assertThat(unrelated).exists();
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.json", ".report.json.new-notmine");
        }
    }

    @Test
    void theOutputCannotReachTheContentThroughALinkedParent() throws Exception {
        TestSite site = site();
        Path link = Files.createSymbolicLink(temp.resolve("linked"), site.content().resolve("zh"));

        TestSite.CliRun run = build(site, link.resolve("site"));

        assertUsageError(run, "overlaps the input folder");
        assertThat(site.content().resolve("zh/site")).doesNotExist();
    }

    @Test
    void theOutputCannotClimbIntoTheContentWithDotDot() {
        TestSite site = site();

        TestSite.CliRun run = build(site, site.root().resolve("out/../content/zh/site"));

        assertUsageError(run, "overlaps the input folder");
        assertThat(site.content().resolve("zh/site")).doesNotExist();
    }

    @Test
    void aLinkInTheWorkingDirectoryCannotSendTheOutputOrTheReportElsewhere() throws Exception {
        TestSite site = site();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        // A repository (the working directory) whose target folder was committed as a link.
        Path repo = Files.createDirectories(Path.of("target", "output-safety-" + System.nanoTime()).toAbsolutePath());
        Path link = Files.createSymbolicLink(repo.resolve("target"), outside);
        try {
            assertUsageError(build(site, link.resolve("site")), "is inside the working directory, but a symbolic link");
            assertUsageError(build(site, site.out(), "--report", link.resolve("report.json").toString()),
                    "is inside the working directory, but a symbolic link");
            try (Stream<Path> written = Files.list(outside)) {
                assertThat(written).isEmpty();
            }
        } finally {
            Files.delete(link);
            Files.delete(repo);
        }
    }

    @Test
    void theNextBuildRemovesWhatAKilledBuildLeftBehind() throws Exception {
        TestSite site = site();
        Path parent = site.out().getParent();
        Path staging = Files.createDirectories(parent.resolve(".out.new-123"));
        Files.writeString(staging.resolve(SiteWriter.MARKER), "");
        Files.createDirectories(staging.resolve("zh/q"));
        Files.writeString(staging.resolve("zh/q/index.html"), "<p>half");
        Path old = Files.createDirectories(parent.resolve(".out.old-456"));
        Files.writeString(old.resolve(SiteWriter.MARKER), "");
        Files.writeString(old.resolve("index.html"), "old site");
        Path emptyStaging = Files.createDirectories(parent.resolve(".out.new-789"));

        site.buildOk();

        assertThat(staging).doesNotExist();
        assertThat(old).doesNotExist();
        assertThat(emptyStaging).doesNotExist();
        assertThat(site.out().resolve("zh/docs/a/index.html")).isRegularFile();
    }

    @Test
    void foldersThatMerelyLookLikeLeftoversAreKept() throws Exception {
        TestSite site = site();
        Path parent = site.out().getParent();
        // Not marked as faq-site's, a different name, or a link: none of them is this build's to delete.
        Path unmarked = Files.createDirectories(parent.resolve(".out.old-111"));
        Files.writeString(unmarked.resolve("notes.txt"), "mine");
        Path otherName = Files.createDirectories(parent.resolve(".out.new-abc"));
        Files.writeString(otherName.resolve(SiteWriter.MARKER), "");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(SiteWriter.MARKER), "");
        Files.writeString(elsewhere.resolve("precious.txt"), "keep");
        Path link = Files.createSymbolicLink(parent.resolve(".out.new-222"), elsewhere);

        site.buildOk();

        assertThat(unmarked.resolve("notes.txt")).hasContent("mine");
        assertThat(otherName).isDirectory();
        assertThat(elsewhere.resolve("precious.txt")).hasContent("keep");
        assertThat(link).isSymbolicLink();
    }

    @Test
    void aFolderOfABuildStillRunningIsNotTouched() throws Exception {
        TestSite site = site();
        Path running = Files.createDirectories(site.out().getParent().resolve(".out.new-333"));
        Path marker = running.resolve(SiteWriter.MARKER);
        Files.writeString(marker, "");
        Files.writeString(running.resolve("index.html"), "being written");

        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            site.buildOk();
        }

        assertThat(running.resolve("index.html")).hasContent("being written");
    }

    @Test
    void aLeftoverDeletionCutShortIsFinishedByTheNextBuild() throws Exception {
        TestSite site = site();
        site.buildOk();
        // A build killed while deleting the old site: some files gone, the marker still there.
        Path old = site.out().getParent().resolve(".out.old-999");
        Files.createDirectories(old.resolve("zh"));
        Files.writeString(old.resolve(SiteWriter.MARKER), "");
        Files.writeString(old.resolve("zh/index.html"), "old");

        site.buildOk();

        try (Stream<Path> siblings = Files.list(site.out().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.")))
                    .isEmpty();
        }
    }

    @Test
    void aSuccessfulBuildLeavesNothingButTheOutputAndTheReport() throws IOException {
        TestSite site = site();
        site.buildOk();
        site.buildOk();

        // The embedding cache beside the content (git-ignored) is the one other thing a build keeps.
        try (Stream<Path> siblings = Files.list(site.root())) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "out", "report.json", ".faq-site-cache");
        }
    }
}
