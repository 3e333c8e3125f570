package dev.faqsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the site so that readers never see half of it: everything goes to a fresh folder next to the output
 * folder, which then replaces the old site by renames. Refuses paths that would leave the output folder.
 */
public final class SiteWriter {

    public void write(Path outputDir, List<OutputFile> files) {
        Path target = outputDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            try {
                writeAll(staging, files);
                swap(staging, target);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void writeAll(Path root, List<OutputFile> files) throws IOException {
        Set<String> written = new HashSet<>();
        for (OutputFile file : files) {
            Path path = OutputPaths.resolve(root, file.path());
            if (!written.add(file.path())) {
                throw new IllegalStateException("two outputs for the same file: " + file.path());
            }
            Files.createDirectories(path.getParent());
            Files.write(path, file.content());
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
