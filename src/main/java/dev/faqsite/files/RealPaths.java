package dev.faqsite.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
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

    /**
     * Refuses a path that names a place inside the working directory (the repository) but that a symbolic link
     * leads outside it: a link committed to the repository must not choose where the build reads or writes.
     * Paths named outside the working directory are the user's explicit choice and pass.
     *
     * @param what how to name the path in the error, e.g. {@code --out target/site}
     * @throws IllegalArgumentException naming the path and where it really leads
     */
    public static void requireInsideWorkingDirectory(Path path, String what) {
        if (path.getFileSystem() != FileSystems.getDefault()) {
            return;
        }
        Path workingDir = Path.of("").toAbsolutePath();
        Path real = of(path);
        if (path.toAbsolutePath().normalize().startsWith(workingDir) && !real.startsWith(of(workingDir))) {
            throw new IllegalArgumentException(what + " is inside the working directory, but a symbolic link leads"
                    + " it to " + real + ", outside; a link in the repository must not choose where the build reads"
                    + " or writes: name that place itself if it is the one you mean");
        }
    }
}
