package dev.faqsite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content} option every command shares. */
final class ContentOption {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder with site.yaml and documents (default: ${DEFAULT-VALUE}).")
    Path content;

    /** The content folder; a usage error when it does not exist. */
    Path folder() {
        if (!Files.isDirectory(content)) {
            throw new IllegalArgumentException("--content " + content + ": no such folder");
        }
        return content;
    }
}
