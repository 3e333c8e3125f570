package dev.faqsite.theme;

import java.nio.file.Path;

/**
 * Where templates and static assets come from: the repository's folders or the default theme inside the jar.
 *
 * @param templates folder holding the Pebble templates and {@code messages/}
 * @param assets    folder whose files are published under {@code /assets/}
 * @param origin    human-readable description, e.g. {@code ./templates} or {@code bundled}
 */
public record Theme(Path templates, Path assets, String origin) {
}
