package dev.faqsite.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * A folder the build reads from (content, templates, assets), and the only way the build reads files in it.
 *
 * <p>The folder itself is the trust boundary: it may be reached through a symbolic link (a checkout under a
 * linked path), but nothing below it may be one, so a link committed to the repository can never make the
 * build read or publish a file from elsewhere. For the same reason a folder named inside the working directory
 * (the repository, e.g. the default {@code content}) must really be inside it. Files must be regular files with a single hard link (a second
 * link could be a file from outside the repository; git never creates them), so a named pipe cannot block the
 * build and a device cannot be read. Text is decoded as strict UTF-8. Errors name the file relative to the
 * folder and never quote its content. Immutable and thread-safe.
 */
public final class InputFolder {
    private static final String LINK_HINT = "replace the link with a copy of the file (or folder) itself";

    private final Path root;
    private final String name;
    private final String label;

    private InputFolder(Path root, String name, String label) {
        this.root = root;
        this.name = name;
        this.label = label;
    }

    /**
     * @param folder an existing folder; links leading to it are resolved once, links below it are refused
     * @param label  what the folder is, for messages, e.g. {@code the content folder}
     * @throws UncheckedIOException     when the folder cannot be resolved
     * @throws IllegalArgumentException when the folder is named inside the working directory but a link leads
     *                                  it outside
     */
    public static InputFolder of(Path folder, String label) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + label + " " + folder + ": " + e.getMessage(), e);
        }
        RealPaths.requireInsideWorkingDirectory(folder, label + " " + folder);
        return new InputFolder(real, folder.toString(), label);
    }

    /** The folder's real path; every path this class returns starts with it. */
    public Path root() {
        return root;
    }

    /** The folder as the user named it, for messages. */
    public String name() {
        return name;
    }

    /** Path of {@code file} relative to the folder, '/'-separated. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The file a '/'-separated name inside the folder stands for.
     *
     * @throws InputFileException when the name is absolute or climbs out of the folder with {@code ..}
     */
    public Path resolve(String relativeName) {
        Path path = root.resolve(relativeName.replace('\\', '/')).normalize();
        if (relativeName.isEmpty() || relativeName.indexOf('\0') >= 0 || !path.startsWith(root) || path.equals(root)) {
            throw new InputFileException(name, relativeName, 0, "the name leads outside " + label,
                    "name a file inside the folder, without '..' or a leading '/'");
        }
        return path;
    }

    /** True when something (a file, a folder, a link, even a broken one) is at {@code path}. */
    public boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * What a folder below the root holds, links not followed.
     *
     * @param files    regular files, sorted by path
     * @param folders  folders below {@code folder}, sorted by path
     * @param problems links and special files (pipes, sockets, devices), which the build must not read, sorted
     */
    public record Listing(List<Path> files, List<Path> folders, List<InputFileException> problems) {
    }

    /**
     * Lists {@code folder} (the root or a folder below it) to {@code maxDepth} levels, without following links.
     * A missing folder lists as empty.
     */
    public Listing list(Path folder, int maxDepth) {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        List<InputFileException> problems = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (exists(folder)) {
                problems.add(refusal(folder));
            }
            return new Listing(List.of(), List.of(), List.copyOf(problems));
        }
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), maxDepth,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (!dir.equals(folder)) {
                                folders.add(dir);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile()) {
                                files.add(file);
                            } else if (attributes.isDirectory()) {
                                folders.add(file);
                            } else {
                                problems.add(refusal(file, attributes));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(new InputFileException(name, relative(file), 0,
                                    "cannot read: " + reason(e), "check the file's permissions"));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + name + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(Path::toString));
        folders.sort(Comparator.comparing(Path::toString));
        problems.sort(Comparator.comparing(InputFileException::file));
        return new Listing(List.copyOf(files), List.copyOf(folders), List.copyOf(problems));
    }

    /**
     * Reads a file below the root.
     *
     * @throws InputFileException when the path leaves the folder, passes through a link, or is not a regular file
     *                            with one hard link, or cannot be read
     */
    public byte[] read(Path file) {
        Path path = checked(file);
        // The jar's file system (the bundled theme) has no links and refuses the option.
        OpenOption[] options = path.getFileSystem() == FileSystems.getDefault()
                ? new OpenOption[] {LinkOption.NOFOLLOW_LINKS} : new OpenOption[0];
        try (InputStream in = Files.newInputStream(path, options)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InputFileException(name, relative(path), 0, "cannot read: " + reason(e),
                    "check the file's permissions");
        }
    }

    /**
     * Reads a file below the root as UTF-8 text, without a leading byte-order mark.
     *
     * @throws InputFileException as {@link #read(Path)} does, and when the file is not valid UTF-8 (naming the
     *                            line of the first invalid byte)
     */
    public String readText(Path file) {
        byte[] bytes = read(file);
        return StrictUtf8.decode(bytes).orElseThrow(() -> new InputFileException(name,
                relative(file.toAbsolutePath().normalize()),
                StrictUtf8.lineOfFirstInvalidByte(bytes), "file is not valid UTF-8",
                "save the file with UTF-8 encoding (most editors: 'Save with encoding' → UTF-8)"));
    }

    /** The file, once every folder from the root down to it and the file itself have passed the rules. */
    private Path checked(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new InputFileException(name, file.toString(), 0, "the file is outside " + label,
                    "name a file inside the folder");
        }
        Path current = root;
        for (Path part : root.relativize(path)) {
            current = current.resolve(part);
            BasicFileAttributes attributes = attributes(current);
            boolean last = current.equals(path);
            if (attributes.isSymbolicLink() || (!last && !attributes.isDirectory()) || (last && !attributes.isRegularFile())) {
                throw refusal(current, attributes);
            }
        }
        long links = hardLinks(path);
        if (links > 1) {
            throw new InputFileException(name, relative(path), 0, "the file has " + links
                    + " hard links; the build reads only files that exist once",
                    "replace it with a plain copy (cp FILE FILE.copy && mv FILE.copy FILE), or check it out again with git");
        }
        try {
            if (!path.toRealPath().startsWith(root)) {
                throw refusal(path);
            }
        } catch (IOException e) {
            throw new InputFileException(name, relative(path), 0, "cannot read: " + reason(e),
                    "check the file's permissions");
        }
        return path;
    }

    private BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new InputFileException(name, relative(path), 0, "no such file", "check the file's name");
        } catch (IOException e) {
            throw new InputFileException(name, relative(path), 0, "cannot read: " + reason(e),
                    "check the file's permissions");
        }
    }

    /** Number of hard links, or 1 where the file system does not tell (jar, Windows). */
    private static long hardLinks(Path path) {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return 1;
        }
        try {
            Object links = Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return links instanceof Number number ? number.longValue() : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private InputFileException refusal(Path path) {
        try {
            return refusal(path, Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return new InputFileException(name, relative(path), 0, "cannot read: " + reason(e),
                    "check the file's permissions");
        }
    }

    private InputFileException refusal(Path path, BasicFileAttributes attributes) {
        String relative = relative(path);
        if (attributes.isSymbolicLink()) {
            return new InputFileException(name, relative, 0, "symbolic links are not allowed in " + label
                    + "; a link could publish any file of the machine that builds the site", LINK_HINT);
        }
        if (attributes.isDirectory()) {
            return new InputFileException(name, relative, 0, "is a folder, not a file", "rename or remove the folder");
        }
        if (attributes.isRegularFile()) {
            return new InputFileException(name, relative, 0, "the file resolves outside " + label, LINK_HINT);
        }
        return new InputFileException(name, relative, 0,
                "not a regular file (a named pipe, socket or device); the build reads only plain files",
                "remove it, or replace it with a plain file");
    }

    /** The reason of an I/O error, without the absolute path most exceptions repeat. */
    private static String reason(IOException e) {
        String type = e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
        return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : type;
    }
}
