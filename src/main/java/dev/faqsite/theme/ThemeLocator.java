package dev.faqsite.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Chooses the theme folders: an explicitly given folder, else the working directory's {@code templates/} and
 * {@code site-assets/} when present, else the default theme packed into the jar at build time.
 */
public final class ThemeLocator {
    private static final String BUNDLED_ROOT = "/theme";

    /**
     * @param templates folder given on the command line, or null
     * @param assets    folder given on the command line, or null
     * @throws IllegalArgumentException when a folder given explicitly does not exist
     */
    public Theme locate(Path templates, Path assets) {
        Path bundled = bundledRoot();
        Path templateDir = choose(templates, Path.of("templates"), bundled.resolve("templates"), "--templates");
        Path assetDir = choose(assets, Path.of("site-assets"), bundled.resolve("site-assets"), "--assets");
        String origin = templateDir.getFileSystem() == FileSystems.getDefault() ? templateDir.toString() : "bundled";
        return new Theme(templateDir, assetDir, origin);
    }

    private static Path choose(Path explicit, Path conventional, Path bundled, String option) {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new IllegalArgumentException(option + " " + explicit + ": no such folder");
            }
            return explicit;
        }
        return Files.isDirectory(conventional) ? conventional : bundled;
    }

    private static Path bundledRoot() {
        URL url = ThemeLocator.class.getResource(BUNDLED_ROOT);
        if (url == null) {
            throw new IllegalStateException("the default theme is missing from the jar; rebuild with mvn package");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // Another build in this JVM opened the jar already; its file system serves us too.
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
