package dev.faqsite.write;

import dev.faqsite.files.RealPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the site so that readers never see half of it: everything goes to a fresh folder next to the output
 * folder ({@code .<out>.new-<n>}), which then replaces the old site by renames (the old one passing through
 * {@code .<out>.old-<n>}). A build killed on the way leaves such a folder behind; the next build deletes it (see
 * {@link Leftovers}). Refuses paths that would leave the output folder.
 */
public final class SiteWriter {
    /** Marks a folder as written by faq-site, so a later build may replace it. */
    public static final String MARKER = ".faq-site-output";

    /**
     * Refuses output folders whose replacement would destroy something else: a folder that is or holds one of
     * the inputs, or an existing non-empty folder that faq-site did not write. Links and {@code ..} are resolved
     * first, so neither can hide an overlap.
     *
     * @throws IllegalArgumentException naming the problem and how to fix it
     */
    public void checkTarget(Path outputDir, List<Path> inputs) {
        RealPaths.requireInsideWorkingDirectory(outputDir, "--out " + outputDir);
        Path target = RealPaths.of(outputDir);
        for (Path input : inputs) {
            Path source = RealPaths.of(input);
            if (source.startsWith(target) || target.startsWith(source)) {
                throw new IllegalArgumentException("--out " + outputDir + " overlaps the input folder " + input
                        + "; the output folder is replaced on every build, choose a separate folder such as target/site");
            }
        }
        if (target.getParent() == null) {
            throw new IllegalArgumentException("--out " + outputDir + " is the root of the file system; choose a folder such as target/site");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IllegalArgumentException("--out " + outputDir + " is a file, not a folder");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            throw new IllegalArgumentException("--out " + outputDir + " is not empty and was not written by faq-site;"
                    + " choose a new folder or empty this one first");
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Path outputDir, List<OutputFile> files) {
        // A link to the output folder stays a link: the folder it points to is replaced.
        Path target = RealPaths.of(outputDir);
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(parent);
            Leftovers.removeFolders(parent, name);
            Path staging = Files.createTempDirectory(parent, Leftovers.stagingPrefix(name));
            try {
                // The marker comes first and stays locked while the site is written, so that a build running
                // beside this one never mistakes this folder for a dead build's leftover.
                try (FileChannel marker = FileChannel.open(staging.resolve(MARKER), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                     var lock = marker.lock()) {
                    marker.write(ByteBuffer.wrap("Written by faq-site; replaced on every build.\n"
                            .getBytes(StandardCharsets.UTF_8)));
                    readableByEveryone(staging);
                    writeAll(staging, files);
                }
                swap(staging, target);
            } finally {
                Leftovers.deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Temporary folders are private; a published site is not, or the web server could not read it. */
    private static void readableByEveryone(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
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
            Files.write(path, file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), Leftovers.oldPrefix(target.getFileName().toString()));
        Files.delete(old);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        Leftovers.deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }
}
