package dev.faqsite.write;

import java.nio.file.Path;

/** Resolves output paths, refusing any that would land outside the output folder. */
public final class OutputPaths {
    private OutputPaths() {
    }

    public static Path resolve(Path root, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains("\0")) {
            throw new IllegalArgumentException("unsafe output path: " + relative);
        }
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root.normalize()) || resolved.equals(root.normalize())) {
            throw new IllegalArgumentException("output path leaves the output folder: " + relative);
        }
        return resolved;
    }
}
