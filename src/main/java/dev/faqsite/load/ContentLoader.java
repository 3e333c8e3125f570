package dev.faqsite.load;

import dev.faqsite.config.SiteConfig;
import dev.faqsite.diagnostic.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and decodes the markdown documents of a content folder.
 *
 * <p>Documents live in one folder per configured language ({@code zh/}, {@code en/}); files directly in the
 * content folder belong to the default language, so a folder of plain documents builds as it is.
 * Stateless and thread-safe.
 */
public final class ContentLoader {
    private static final List<String> DOCUMENT_EXTENSIONS = List.of(".md", ".markdown", ".txt");

    /** Loads every document in a stable order (language folders in config order, then paths). */
    public List<SourceFile> load(Path contentDir, SiteConfig config, Diagnostics diagnostics) {
        List<SourceFile> files = new ArrayList<>();
        reportLinks(contentDir, diagnostics);
        boolean languageFolders = config.languages().stream()
                .anyMatch(language -> Files.isDirectory(contentDir.resolve(language.code())));
        for (Path file : documentsIn(contentDir, 1)) {
            if (languageFolders) {
                diagnostics.warning(contentDir.relativize(file).toString(), 0,
                        "file outside the language folders is ignored",
                        "move documents into a language folder such as " + config.defaultLanguage() + "/");
            } else if (!file.getFileName().toString().toLowerCase(Locale.ROOT).equals("readme.md")) {
                decode(contentDir, file, config.defaultLanguage(), diagnostics).ifPresent(files::add);
            }
        }
        for (var language : config.languages()) {
            Path folder = contentDir.resolve(language.code());
            if (Files.isDirectory(folder)) {
                for (Path file : documentsIn(folder, Integer.MAX_VALUE)) {
                    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                        diagnostics.warning(contentDir.relativize(file).toString().replace('\\', '/'), 0,
                                "plain-text file in a language folder is ignored",
                                "rename it to .md to publish it as a document");
                        continue;
                    }
                    decode(contentDir, file, language.code(), diagnostics).ifPresent(files::add);
                }
            }
        }
        warnAboutIgnoredFolders(contentDir, config, diagnostics);
        if (files.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error("", 0, "no documents found in " + contentDir,
                    "add markdown files (.md) to " + contentDir.resolve(config.defaultLanguage()));
        }
        return List.copyOf(files);
    }

    /**
     * Symbolic links are never followed: a link committed to the content could publish any file the build
     * machine can read.
     */
    private static void reportLinks(Path contentDir, Diagnostics diagnostics) {
        try (Stream<Path> paths = Files.walk(contentDir)) {
            paths.filter(Files::isSymbolicLink).sorted().forEach(link -> diagnostics.error(
                    contentDir.relativize(link).toString().replace('\\', '/'), 0,
                    "symbolic links are not allowed in the content folder",
                    "replace the link with the file itself"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents in a folder that is not a configured language would silently disappear; say so. */
    private static void warnAboutIgnoredFolders(Path contentDir, SiteConfig config, Diagnostics diagnostics) {
        try (Stream<Path> children = Files.list(contentDir)) {
            for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                String name = child.getFileName().toString();
                if (!name.startsWith(".") && config.language(name).isEmpty() && !documentsIn(child, Integer.MAX_VALUE).isEmpty()) {
                    diagnostics.warning(name + "/", 0, "folder '" + name + "' is not a language of the site; its documents are ignored",
                            "add '" + name + "' to languages in " + SiteConfig.FILE_NAME + ", or move the documents into a language folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> documentsIn(Path folder, int depth) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder, depth)) {
            return paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(ContentLoader::isDocument)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && DOCUMENT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static Optional<SourceFile> decode(Path contentDir, Path file, String language, Diagnostics diagnostics) {
        String relative = contentDir.relativize(file).toString().replace('\\', '/');
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(relative, 0, "cannot read file: " + e.getMessage(), "check the file's permissions");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(input).toString();
        } catch (CharacterCodingException e) {
            diagnostics.error(relative, lineOfFirstInvalidByte(bytes), "file is not valid UTF-8",
                    "save the file with UTF-8 encoding (most editors: 'Save with encoding' → UTF-8)");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String name = file.getFileName().toString();
        String baseName = name.substring(0, name.lastIndexOf('.'));
        return Optional.of(new SourceFile(relative, language, baseName, text));
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        int line = 1;
        for (int i = 0; i < input.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
