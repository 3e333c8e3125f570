package dev.faqsite.write;

import dev.faqsite.files.RealPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes the {@code --report} file. It may go anywhere the user asks except into the build's inputs or its
 * output folder, and it is replaced in one rename, so readers (and a build killed half-way) see the old report
 * or the new one, never a part. Stateless.
 */
public final class ReportWriter {

    /**
     * Refuses a report path that would overwrite an input (content, templates, assets) or land in the output
     * folder, which every build replaces, or that is a link, a folder or another special file. Links and
     * {@code ..} are resolved first.
     *
     * @throws IllegalArgumentException naming the problem and how to fix it
     */
    public void checkTarget(Path report, Path outputDir, List<Path> inputs) {
        RealPaths.requireInsideWorkingDirectory(report, "--report " + report);
        Path target = RealPaths.of(report);
        Path given = report.toAbsolutePath().normalize();
        String fix = "; write the report outside the site's folders, e.g. --report target/report.json";
        for (Path input : inputs) {
            if (target.startsWith(RealPaths.of(input))) {
                throw new IllegalArgumentException("--report " + report + " is inside the input folder " + input
                        + fix);
            }
        }
        if (target.startsWith(RealPaths.of(outputDir))) {
            throw new IllegalArgumentException("--report " + report + " is inside the output folder " + outputDir
                    + ", which is replaced on every build" + fix);
        }
        if (Files.isSymbolicLink(given) || Files.isSymbolicLink(target)) {
            throw new IllegalArgumentException("--report " + report + " is a symbolic link" + fix);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("--report " + report + " exists and is not a plain file" + fix);
        }
    }

    /** Writes the report next to its final place, then renames it over the old one. */
    public void write(Path report, byte[] content) {
        Path target = RealPaths.of(report);
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(parent);
            Leftovers.removeFiles(parent, name);
            Path temporary = Files.createTempFile(parent, Leftovers.stagingPrefix(name), "");
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                     var lock = channel.lock()) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    // Temporary files are private; the report is as readable as any file the user writes.
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
                }
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + report + ": " + e.getMessage(), e);
        }
    }
}
