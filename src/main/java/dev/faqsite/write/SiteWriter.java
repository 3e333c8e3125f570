package dev.faqsite.write;

import dev.faqsite.files.RealPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes the site so that readers never see half of it: everything goes to a fresh folder next to the output
 * folder ({@code .<out>.new-<n>}), which then replaces the old site by renames (the old one passing through
 * {@code .<out>.old-<n>}). A build killed on the way leaves such a folder behind; the next build deletes it (see
 * {@link Leftovers}). Refuses paths that would leave the output folder.
 *
 * <p>A file whose bytes the previous site already holds at the same path is not written again: the new folder gets a
 * hard link to the old file. A rebuild of mostly unchanged content then allocates no new files (on ext4, creating
 * and deleting the seed site's 378 files cost a third of its build), and unchanged files keep their modification
 * times, so tools that upload changed files only (rsync, CDN sync) see what really changed. Where links are not
 * possible, or the old file is anything but a plain file inside the old site, the file is written as usual.
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
        try (Staging staging = stage(outputDir)) {
            files.forEach(staging::write);
            staging.publish();
        }
    }

    /**
     * Opens the folder a new site is written into, beside the output folder, so that a build can write pages as it
     * makes them instead of holding the whole site in memory. Nothing replaces the old site until
     * {@link Staging#publish()}; closing an unpublished staging folder deletes it.
     */
    public Staging stage(Path outputDir) {
        // A link to the output folder stays a link: the folder it points to is replaced.
        Path target = RealPaths.of(outputDir);
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(parent);
            Leftovers.removeFolders(parent, name);
            Path staging = Files.createTempDirectory(parent, Leftovers.stagingPrefix(name));
            try {
                return new Staging(target, staging, Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS));
            } catch (IOException | RuntimeException e) {
                Leftovers.deleteTree(staging);
                throw e;
            }
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    private static UncheckedIOException cannotWrite(Path target, IOException e) {
        return new UncheckedIOException("cannot write the site to " + target + ": " + e.getMessage(), e);
    }

    /** A site being written: files go in one by one, from any thread; {@link #publish()} makes it the site. */
    public static final class Staging implements AutoCloseable {
        private final Path target;
        private final Path folder;
        private final boolean previousSite;
        private final FileChannel marker;
        private final FileLock lock;
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        private boolean published;

        private Staging(Path target, Path folder, boolean previousSite) throws IOException {
            this.target = target;
            this.folder = folder;
            this.previousSite = previousSite;
            // The marker comes first and stays locked while the site is written, so that a build running beside
            // this one never mistakes this folder for a dead build's leftover.
            this.marker = FileChannel.open(folder.resolve(MARKER), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                this.lock = marker.lock();
                marker.write(ByteBuffer.wrap("Written by faq-site; replaced on every build.\n"
                        .getBytes(StandardCharsets.UTF_8)));
                readableByEveryone(folder);
            } catch (IOException | RuntimeException e) {
                marker.close();
                throw e;
            }
        }

        /** Writes one file of the site; thread-safe. */
        public void write(OutputFile file) {
            if (!written.add(file.path())) {
                throw new IllegalStateException("two outputs for the same file: " + file.path());
            }
            try {
                Path path = OutputPaths.resolve(folder, file.path());
                Files.createDirectories(path.getParent());
                if (!linkedToPrevious(path, file)) {
                    Files.write(path, file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        /**
         * Links {@code path} to the previous site's file of the same name when that holds exactly these bytes and
         * lies inside the old site (no symbolic link on the way leads elsewhere). The
         * check comes after linking, on the link itself: the old site may be replaced meanwhile by a build running
         * beside this one, but no build writes into an existing file, so what the link holds once checked stays.
         */
        private boolean linkedToPrevious(Path path, OutputFile file) {
            if (!previousSite) {
                return false;
            }
            Path previous = OutputPaths.resolve(target, file.path());
            try {
                BasicFileAttributes old = Files.readAttributes(previous, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!old.isRegularFile() || old.size() != file.content().length
                        || !previous.getParent().toRealPath().equals(previous.getParent())) {
                    return false;
                }
                Files.createLink(path, previous);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
            try {
                if (holdsExactly(path, file.content())) {
                    return true;
                }
                Files.delete(path);
                return false;
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        /** Whether {@code path} itself (not what a symbolic link there points to) is a plain file with these bytes. */
        private boolean holdsExactly(Path path, byte[] content) throws IOException {
            BasicFileAttributes linked = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return linked.isRegularFile() && linked.size() == content.length
                    && Arrays.equals(Files.readAllBytes(path), content);
        }

        /** Writes many files of the site at once, from several threads. */
        public void writeAll(List<OutputFile> files) {
            try {
                ParallelFiles.forEach(files, this::write);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        /** Replaces the old site, if any, with the files written so far. */
        public void publish() {
            try {
                lock.release();
                marker.close();
                swap(folder, target);
                published = true;
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        /** Deletes the folder unless it was published. */
        @Override
        public void close() {
            try {
                marker.close();
            } catch (IOException e) {
                // The folder goes anyway; a lock that outlived it would only be released later by the OS.
            }
            if (!published) {
                try {
                    Leftovers.deleteTree(folder);
                } catch (IOException e) {
                    throw cannotWrite(target, e);
                }
            }
        }
    }

    /** Temporary folders are private; a published site is not, or the web server could not read it. */
    private static void readableByEveryone(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
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
