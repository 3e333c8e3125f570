package dev.faqsite.dedup;

import java.util.HashSet;
import java.util.Set;

/**
 * The texts (answer parts) a page shows so far, compared as {@link Deduplicator#normalise} keys, so that a repeat
 * that differs only in numbering, case, spaces or punctuation is shown once. Keys are made only once a second text
 * arrives: most pages show one, and a key is a pass over a whole answer. Not thread-safe.
 */
public final class ShownTexts {
    private String first;
    private Set<String> keys;

    /** Whether the text is new to the page; it counts as shown from now on. */
    public boolean add(String text) {
        if (keys == null) {
            if (first == null) {
                first = text;
                return true;
            }
            keys = new HashSet<>();
            keys.add(Deduplicator.normalise(first));
        }
        return keys.add(Deduplicator.normalise(text));
    }
}
