package dev.faqsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads examples from a spec file in the style of the CommonMark spec: a fence of 32 backticks followed by
 * {@code example} opens an example, a line with a single {@code .} separates input from expected output, and
 * a closing fence of 32 backticks ends it. {@code →} in the input stands for a tab. Headings name sections.
 */
public final class SpecReader {
    private static final String FENCE = "`".repeat(32);

    private SpecReader() {
    }

    public static List<SpecExample> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SpecExample> examples = new ArrayList<>();
        String section = "";
        StringBuilder source = null;
        StringBuilder expected = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (source == null) {
                if (line.startsWith("## ")) {
                    section = line.substring(3).strip();
                } else if (line.equals(FENCE + " example")) {
                    source = new StringBuilder();
                    start = i + 1;
                }
            } else if (expected == null) {
                if (line.equals(".")) {
                    expected = new StringBuilder();
                } else {
                    source.append(line.replace('→', '\t')).append('\n');
                }
            } else if (line.equals(FENCE)) {
                examples.add(new SpecExample(section, examples.size() + 1, start, source.toString(), expected.toString()));
                source = null;
                expected = null;
            } else {
                expected.append(line).append('\n');
            }
        }
        return examples;
    }
}
