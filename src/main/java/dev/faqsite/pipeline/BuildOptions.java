package dev.faqsite.pipeline;

import dev.faqsite.theme.Theme;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param contentDir folder with {@code site.yaml} and the documents
 * @param theme      templates and assets
 * @param outputDir  folder the site replaces atomically
 * @param baseUrl    overrides the config's base URL when present
 * @param reportFile where to write the JSON report, when present
 */
public record BuildOptions(Path contentDir, Theme theme, Path outputDir, Optional<String> baseUrl,
                           Optional<Path> reportFile) {
}
