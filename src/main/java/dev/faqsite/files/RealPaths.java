package dev.faqsite.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a path really leads, links and {@code ..} resolved, even when the file does not exist yet. */
public final class RealPaths {
    private RealPaths() {
    }

    /**
     * The real path of {@code path}: its deepest existing ancestor with every link resolved, followed by the
     * part that does not exist yet. Comparing these is how the build knows whether two paths overlap, whatever
     * links lead to them.
     */
    public static Path of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute).toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + path + ": " + e.getMessage(), e);
        }
    }
}
