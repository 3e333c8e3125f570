package dev.faqsite.serve;

import dev.faqsite.pipeline.BuildOptions;
import dev.faqsite.theme.ThemeLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A one-language content folder with one document, and the options that preview it with the repository's theme. */
record PreviewedSite(BuildOptions options, Path document) {
    static PreviewedSite in(Path temp, String document) throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("zh"));
        Files.writeString(content.resolve("site.yaml"), "languages:\n  - {code: zh, htmlLang: zh-Hans, title: 问答}\n");
        Path file = content.resolve("zh/a.md");
        Files.writeString(file, document);
        return new PreviewedSite(new BuildOptions(content,
                new ThemeLocator().locate(Path.of("templates"), Path.of("site-assets")), temp.resolve("preview"),
                Optional.of("http://127.0.0.1/"), Optional.empty()), file);
    }
}
