package dev.faqsite.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Data files shipped in the jar (OpenCC's and HanLP's tables): read line by line, UTF-8. */
public final class BundledData {
    private BundledData() {
    }

    /**
     * Gives every line of a class-path resource to {@code line}.
     *
     * @throws IllegalStateException when the resource is missing: the jar was packaged without it
     */
    public static void forEachLine(String resource, Consumer<String> line) {
        try (InputStream in = BundledData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line.accept(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
