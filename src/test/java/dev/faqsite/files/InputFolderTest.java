package dev.faqsite.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way the build reads its inputs: inside the folder, no links, one hard link, strict UTF-8. */
class InputFolderTest {
    @TempDir
    Path temp;

    private InputFolder folder() throws Exception {
        Path root = Files.createDirectories(temp.resolve("theme"));
        Files.createDirectories(root.resolve("partials"));
        Files.writeString(root.resolve("partials/head.peb"), "\uFEFF<head>");
        return InputFolder.of(root, "the templates folder");
    }

    @Test
    void readsTextWithoutItsByteOrderMark() throws Exception {
        InputFolder folder = folder();

        assertThat(folder.readText(folder.resolve("partials/head.peb"))).isEqualTo("<head>");
    }

    @Test
    void namesThatLeaveTheFolderAreRefused() throws Exception {
        InputFolder folder = folder();

        for (String name : new String[] {"../secret", "partials/../../secret", "/etc/passwd", ""}) {
            assertThatThrownBy(() -> folder.resolve(name)).as(name).isInstanceOf(InputFileException.class)
                    .hasMessageContaining("the name leads outside the templates folder");
        }
    }

    @Test
    void aLinkedFolderOnTheWayIsRefused() throws Exception {
        InputFolder folder = folder();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x.peb"), "secret");
        Files.createSymbolicLink(folder.root().resolve("linked"), elsewhere);

        assertThatThrownBy(() -> folder.read(folder.resolve("linked/x.peb")))
                .isInstanceOf(InputFileException.class).hasMessageContaining("symbolic links are not allowed")
                .hasMessageNotContaining("secret")
                .satisfies(e -> assertThat(((InputFileException) e).file()).isEqualTo("linked"));
        assertThat(folder.list(folder.root(), Integer.MAX_VALUE).problems())
                .extracting(InputFileException::file).containsExactly("linked");
    }

    @Test
    void invalidUtf8NamesTheLineOfTheFirstBadByte() throws Exception {
        InputFolder folder = folder();
        Files.write(folder.root().resolve("bad.peb"), "a\nb\nc\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> folder.readText(folder.resolve("bad.peb")))
                .isInstanceOf(InputFileException.class).hasMessage("file is not valid UTF-8")
                .satisfies(e -> assertThat(((InputFileException) e).line()).isEqualTo(3));
    }

    @Test
    void readsFromAJarLikeTheBundledTheme() throws Exception {
        Path zip = temp.resolve("theme.jar");
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Files.createDirectories(jar.getPath("/theme/templates"));
            Files.writeString(jar.getPath("/theme/templates/root.peb"), "根");

            InputFolder folder = InputFolder.of(jar.getPath("/theme/templates"), "the templates folder");

            assertThat(folder.readText(folder.resolve("root.peb"))).isEqualTo("根");
            assertThat(folder.list(folder.root(), Integer.MAX_VALUE).files()).hasSize(1);
        }
    }
}
