package dev.faqsite.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one fuzz input becomes the content folder of a tiny site. The input is split into parts on the byte
 * {@value #FILE_SEPARATOR}:
 * <ol>
 *   <li>{@code zh/doc.md}, always written;</li>
 *   <li>{@code en/doc.md}, its translation, when the input has a second part;</li>
 *   <li>{@code site.yaml}, when the input has a third part; otherwise a valid two-language config;</li>
 *   <li>further parts (at most {@value #MAX_MORE}) alternate between another Chinese document {@code zh/more-N.md}
 *   and an English document without a Chinese source, {@code en/only-N.md}.</li>
 * </ol>
 * Inside a part, the byte {@value #REPEAT} followed by two bytes {@code k n} repeats the last {@code k % 64 + 1}
 * bytes written so far another {@code (n + 1)² - 1} times, so that a small input can describe a hostile large one
 * (a line of 100,000 spaces, lists nested thousands deep) that byte mutations alone would never reach. Each part
 * is cut at {@value #MAX_PART_BYTES} bytes. File names are fixed: inputs never choose a path.
 */
record FuzzSite(Map<String, byte[]> files) {
    static final byte FILE_SEPARATOR = 0x01;
    static final byte REPEAT = 0x02;
    static final int MAX_MORE = 6;
    static final int MAX_PART_BYTES = 1 << 20;

    /** A valid config with both languages, used when the input does not bring its own. */
    static final String DEFAULT_SITE_YAML = """
            baseUrl: https://faq.example.org/
            defaultLanguage: zh
            languages:
              - code: zh
                htmlLang: zh-Hans
                name: 中文
                title: 测试问答
                description: 测试用的小站点。
              - code: en
                htmlLang: en
                name: English
                title: Test FAQ
                description: A tiny site for tests.
            """;

    static FuzzSite decode(byte[] input) {
        List<byte[]> parts = split(input);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("zh/doc.md", expand(parts.get(0)));
        if (parts.size() > 1) {
            files.put("en/doc.md", expand(parts.get(1)));
        }
        files.put("site.yaml", parts.size() > 2 ? expand(parts.get(2))
                : DEFAULT_SITE_YAML.getBytes(StandardCharsets.UTF_8));
        for (int i = 3; i < parts.size() && i < 3 + MAX_MORE; i++) {
            int n = (i - 3) / 2 + 1;
            files.put((i - 3) % 2 == 0 ? "zh/more-" + n + ".md" : "en/only-" + n + ".md", expand(parts.get(i)));
        }
        return new FuzzSite(files);
    }

    /** Writes every file under {@code content}. */
    void writeTo(Path content) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = content.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Total bytes of content, the size a time budget is measured against. */
    long size() {
        return files.values().stream().mapToLong(bytes -> bytes.length).sum();
    }

    /** Every file's text as UTF-8 (lossy), to tell echoed content from the program's own words. */
    String text() {
        StringBuilder text = new StringBuilder();
        files.values().forEach(bytes -> text.append(new String(bytes, StandardCharsets.UTF_8)).append('\n'));
        return text.toString();
    }

    private static List<byte[]> split(byte[] input) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < input.length) {
            if (input[i] == REPEAT) {
                i += 3; // its two argument bytes may take any value, the separator's too
                continue;
            }
            if (input[i] == FILE_SEPARATOR) {
                parts.add(Arrays.copyOfRange(input, start, i));
                start = i + 1;
            }
            i++;
        }
        parts.add(Arrays.copyOfRange(input, Math.min(start, input.length), input.length));
        return parts;
    }

    private static byte[] expand(byte[] part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(part.length);
        for (int i = 0; i < part.length && out.size() < MAX_PART_BYTES; i++) {
            if (part[i] != REPEAT) {
                out.write(part[i]);
            } else if (i + 2 < part.length) {
                byte[] written = out.toByteArray();
                int length = Math.min(written.length, (part[i + 1] & 0xff) % 64 + 1);
                int copies = ((part[i + 2] & 0xff) + 1) * ((part[i + 2] & 0xff) + 1) - 1;
                for (int copy = 0; copy < copies && out.size() < MAX_PART_BYTES; copy++) {
                    out.write(written, written.length - length, length);
                }
                i += 2;
            } else {
                break; // a repeat cut off by the end of its part
            }
        }
        byte[] bytes = out.toByteArray();
        return bytes.length <= MAX_PART_BYTES ? bytes : Arrays.copyOf(bytes, MAX_PART_BYTES);
    }
}
