package dev.faqsite.load;

import dev.faqsite.config.SiteConfig;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.files.InputFileException;
import dev.faqsite.files.InputFolder;
import dev.faqsite.files.PortableNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds and decodes the markdown documents of a content folder.
 *
 * <p>Documents live in one folder per configured language ({@code zh/}, {@code en/}); files directly in the
 * content folder belong to the default language, so a folder of plain documents builds as it is. Files are read
 * through {@link InputFolder}: links, special files and files with several hard links are errors, as are names
 * that Windows cannot check out, names with control characters, and two names that differ only in case.
 * Stateless and thread-safe.
 */
public final class ContentLoader {
    private static final List<String> DOCUMENT_EXTENSIONS = List.of(".md", ".markdown", ".txt");

    /** Loads every document in a stable order (language folders in config order, then paths). */
    public List<SourceFile> load(Path contentDir, SiteConfig config, Diagnostics diagnostics) {
        InputFolder folder = InputFolder.of(contentDir, "the content folder");
        // One walk of the whole folder, links not followed: every link or special file anywhere is reported.
        InputFolder.Listing listing = folder.list(folder.root(), Integer.MAX_VALUE);
        listing.problems().forEach(problem -> diagnostics.report(problem.toDiagnostic()));
        boolean languageFolders = config.languages().stream()
                .anyMatch(language -> listing.folders().contains(folder.root().resolve(language.code())));
        List<SourceFile> files = new ArrayList<>();
        Map<String, String> portableNames = new HashMap<>();
        for (Path file : documentsIn(folder, listing, "")) {
            String relative = folder.relative(file);
            if (languageFolders) {
                diagnostics.warning(relative, 0, "file outside the language folders is ignored",
                        "move documents into a language folder such as " + config.defaultLanguage() + "/");
            } else if (!file.getFileName().toString().toLowerCase(Locale.ROOT).equals("readme.md")
                    && hasPortableName(relative, portableNames, diagnostics)) {
                decode(folder, file, config.defaultLanguage(), diagnostics).ifPresent(files::add);
            }
        }
        for (var language : config.languages()) {
            for (Path file : documentsIn(folder, listing, language.code())) {
                String relative = folder.relative(file);
                if (relative.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                    diagnostics.warning(relative, 0, "plain-text file in a language folder is ignored",
                            "rename it to .md to publish it as a document");
                    continue;
                }
                if (hasPortableName(relative, portableNames, diagnostics)) {
                    decode(folder, file, language.code(), diagnostics).ifPresent(files::add);
                }
            }
        }
        warnAboutIgnoredFolders(folder, listing, config, diagnostics);
        if (files.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error("", 0, "no documents found in " + contentDir,
                    "add markdown files (.md) to " + contentDir.resolve(config.defaultLanguage()));
        }
        return List.copyOf(files);
    }

    /**
     * Documents directly in the content folder ({@code language} empty) or anywhere in a language folder.
     */
    private static List<Path> documentsIn(InputFolder folder, InputFolder.Listing listing, String language) {
        return listing.files().stream().filter(ContentLoader::isDocument).filter(file -> {
            String relative = folder.relative(file);
            return language.isEmpty() ? relative.indexOf('/') < 0 : relative.startsWith(language + "/");
        }).toList();
    }

    /**
     * A name every contributor can check out and every log can print: no device name Windows reserves, no control
     * character, and no other document whose name differs only in case or Unicode normalisation.
     */
    private static boolean hasPortableName(String relative, Map<String, String> taken, Diagnostics diagnostics) {
        for (String segment : relative.split("/")) {
            if (PortableNames.hasControlCharacter(segment)) {
                diagnostics.error(relative, 0, "the file name contains a control character",
                        "rename the file using printable characters only");
                return false;
            }
            if (segment.indexOf('\uFFFD') >= 0) {
                // Java shows bytes that are not UTF-8 as U+FFFD, so two such names would look the same.
                diagnostics.error(relative, 0, "the file name is not valid UTF-8",
                        "rename the file; file names are UTF-8 on every system the site is built on");
                return false;
            }
            if (PortableNames.isReservedOnWindows(segment)) {
                diagnostics.error(relative, 0, "the name '" + segment + "' is reserved on Windows",
                        PortableNames.RESERVED_HINT);
                return false;
            }
        }
        String first = taken.putIfAbsent(PortableNames.collisionKey(relative), relative);
        if (first != null) {
            diagnostics.error(relative, 0, "the name differs from " + first + " only in upper/lower case",
                    "rename one of them: macOS and Windows cannot hold both, so a checkout there loses one");
            return false;
        }
        return true;
    }

    /** Documents in a folder that is not a configured language would silently disappear; say so. */
    private static void warnAboutIgnoredFolders(InputFolder folder, InputFolder.Listing listing, SiteConfig config,
                                                Diagnostics diagnostics) {
        Set<String> ignored = new TreeSet<>();
        for (Path file : listing.files()) {
            String relative = folder.relative(file);
            int slash = relative.indexOf('/');
            if (slash > 0 && isDocument(file)) {
                String name = relative.substring(0, slash);
                if (!name.startsWith(".") && config.language(name).isEmpty()) {
                    ignored.add(name);
                }
            }
        }
        for (String name : ignored) {
            diagnostics.warning(name + "/", 0, "folder '" + name + "' is not a language of the site; its documents are ignored",
                    "add '" + name + "' to languages in " + SiteConfig.FILE_NAME + ", or move the documents into a language folder");
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && DOCUMENT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static Optional<SourceFile> decode(InputFolder folder, Path file, String language, Diagnostics diagnostics) {
        String text;
        try {
            text = folder.readText(file);
        } catch (InputFileException e) {
            diagnostics.report(e.toDiagnostic());
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        String baseName = name.substring(0, name.lastIndexOf('.'));
        return Optional.of(new SourceFile(folder.relative(file), language, baseName, text));
    }
}
