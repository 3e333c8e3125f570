package dev.faqsite.parse.internal;

import dev.faqsite.diagnostic.Excerpt;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.MergeHints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code {#id key=value …}} attribute at the end of a question's heading.
 *
 * @param id      the id as written
 * @param options the {@code key=value} pairs as written, may be empty
 */
record IdAttribute(String id, String options) {
    static final String DUPLICATE_OF = "duplicate-of";
    static final String NOT_DUPLICATE_OF = "not-duplicate-of";
    static final String SOURCE_VERSION = "source-version";

    /** Reads the merge instructions, reporting unknown keys and malformed ids. */
    MergeHints hints(String file, int line, Diagnostics diagnostics) {
        List<String> duplicateOf = new ArrayList<>();
        List<String> notDuplicateOf = new ArrayList<>();
        for (String option : options.strip().split("\\s+")) {
            if (option.isEmpty()) {
                continue;
            }
            String key = option.substring(0, option.indexOf('='));
            List<String> ids = Arrays.stream(option.substring(option.indexOf('=') + 1).split(","))
                    .filter(s -> !s.isBlank()).toList();
            switch (key) {
                case DUPLICATE_OF -> duplicateOf.addAll(ids);
                case NOT_DUPLICATE_OF -> notDuplicateOf.addAll(ids);
                case SOURCE_VERSION -> {
                    continue;
                }
                default -> diagnostics.error(file, line,
                        "unknown attribute " + Excerpt.quoted(key) + " in {#" + Excerpt.of(id) + " …}",
                        "use " + DUPLICATE_OF + "=other-id, " + NOT_DUPLICATE_OF + "=other-id or "
                                + SOURCE_VERSION + "=<version of the source question>");
            }
            if (ids.isEmpty()) {
                diagnostics.error(file, line, "attribute " + Excerpt.quoted(key) + " names no question",
                        "write " + Excerpt.of(key) + "=other-id, several separated by commas");
            }
        }
        return new MergeHints(duplicateOf, notDuplicateOf);
    }

    /** The {@code source-version} a translation records, or empty. */
    String sourceVersion() {
        for (String option : options.strip().split("\\s+")) {
            if (option.startsWith(SOURCE_VERSION + "=")) {
                return option.substring(SOURCE_VERSION.length() + 1);
            }
        }
        return "";
    }
}
