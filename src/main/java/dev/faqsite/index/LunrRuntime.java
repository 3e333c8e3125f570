package dev.faqsite.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** lunr.js 2.3.9 as packaged by WebJars, published with every site so that search needs nothing from outside. */
public final class LunrRuntime {
    private static final String MINIFIED = "/META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";
    private static final String SOURCE = "/META-INF/resources/webjars/lunr/2.3.9/lunr.js";

    private LunrRuntime() {
    }

    public static byte[] minified() {
        return read(MINIFIED);
    }

    /** The readable build, for running lunr under Node in tests and evaluations. */
    public static byte[] source() {
        return read(SOURCE);
    }

    private static byte[] read(String resource) {
        try (InputStream in = LunrRuntime.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lunr.js is missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
