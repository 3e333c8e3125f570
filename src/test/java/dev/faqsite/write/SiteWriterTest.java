package dev.faqsite.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path temp;

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesThePreviousSiteCompletely() throws Exception {
        Path out = temp.resolve("site");
        new SiteWriter().write(out, List.of(file("old.html", "old"), file("zh/index.html", "v1")));
        new SiteWriter().write(out, List.of(file("zh/index.html", "v2")));

        assertThat(out.resolve("old.html")).doesNotExist();
        assertThat(out.resolve("zh/index.html")).hasContent("v2");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void replacesABigSiteWrittenAndDeletedFromSeveralThreads() throws Exception {
        Path out = temp.resolve("site");
        List<OutputFile> first = java.util.stream.IntStream.range(0, 2_000)
                .mapToObj(i -> file("zh/q/" + i + "/index.html", "v1 " + i)).toList();
        SiteWriter writer = new SiteWriter();
        try (SiteWriter.Staging staging = writer.stage(out)) {
            staging.writeAll(first);
            staging.publish();
        }
        try (SiteWriter.Staging staging = writer.stage(out)) {
            staging.writeAll(List.of(file("zh/index.html", "v2")));
            staging.publish();
        }

        assertThat(out.resolve("zh/index.html")).hasContent("v2");
        try (Stream<Path> all = Files.walk(temp)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> temp.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("site/zh/index.html", "site/" + SiteWriter.MARKER);
        }
    }

    @Test
    void unchangedFilesKeepTheirModificationTimeAndChangedOnesAreNew() throws Exception {
        Path out = temp.resolve("site");
        new SiteWriter().write(out, List.of(file("zh/index.html", "same"), file("zh/q/a/index.html", "v1"),
                file("en/index.html", "same length")));
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        for (String path : List.of("zh/index.html", "zh/q/a/index.html", "en/index.html")) {
            Files.setLastModifiedTime(out.resolve(path), longAgo);
        }

        new SiteWriter().write(out, List.of(file("zh/index.html", "same"), file("zh/q/a/index.html", "v2"),
                file("en/index.html", "same lengtH")));

        assertThat(out.resolve("zh/index.html")).hasContent("same");
        assertThat(Files.getLastModifiedTime(out.resolve("zh/index.html"))).isEqualTo(longAgo);
        assertThat(out.resolve("zh/q/a/index.html")).hasContent("v2");
        assertThat(Files.getLastModifiedTime(out.resolve("zh/q/a/index.html"))).isNotEqualTo(longAgo);
        assertThat(out.resolve("en/index.html")).hasContent("same lengtH");
        assertThat(Files.getLastModifiedTime(out.resolve("en/index.html"))).isNotEqualTo(longAgo);
    }

    @Test
    void aSymbolicLinkLeftInTheOldSiteIsNotCarriedOver() throws Exception {
        Path out = temp.resolve("site");
        new SiteWriter().write(out, List.of(file("zh/index.html", "page"), file("en/index.html", "page")));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("index.html"), "page");
        Files.delete(out.resolve("zh/index.html"));
        Files.createSymbolicLink(out.resolve("zh/index.html"), elsewhere.resolve("index.html"));
        Leftovers.deleteTree(out.resolve("en"));
        Files.createSymbolicLink(out.resolve("en"), elsewhere);

        new SiteWriter().write(out, List.of(file("zh/index.html", "page"), file("en/index.html", "page")));

        for (Path page : List.of(out.resolve("zh/index.html"), out.resolve("en/index.html"))) {
            assertThat(page).isRegularFile().hasContent("page");
            assertThat(Files.isSymbolicLink(page) || Files.isSymbolicLink(page.getParent())).isFalse();
            assertThat(Files.isSameFile(page, elsewhere.resolve("index.html"))).isFalse();
        }
    }

    @Test
    void writingTheSameFileTwiceInABatchIsAnError() {
        Path out = temp.resolve("site");
        List<OutputFile> files = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 1_000)
                .mapToObj(i -> file("zh/q/" + i + "/index.html", "v1")).toList());
        files.add(file("zh/q/7/index.html", "again"));
        try (SiteWriter.Staging staging = new SiteWriter().stage(out)) {
            assertThatThrownBy(() -> staging.writeAll(files)).hasMessageContaining("zh/q/7/index.html");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void leavesThePreviousSiteUntouchedWhenWritingFails() {
        Path out = temp.resolve("site");
        new SiteWriter().write(out, List.of(file("zh/index.html", "v1")));

        assertThatThrownBy(() -> new SiteWriter().write(out,
                List.of(file("zh/index.html", "v2"), file("../escape.html", "x"))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(out.resolve("zh/index.html")).hasContent("v1");
        assertThat(temp.resolve("escape.html")).doesNotExist();
    }

    @Test
    void refusesPathsOutsideTheOutputFolder() {
        Path root = temp.resolve("root");
        for (String unsafe : List.of("../x", "/etc/passwd", "a/../../x", "a\\..\\..\\x", "")) {
            assertThatThrownBy(() -> OutputPaths.resolve(root, unsafe)).as(unsafe)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(OutputPaths.resolve(root, "zh/q/a/index.html").startsWith(root)).isTrue();
    }
}
