package dev.faqsite.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * How long a command takes on normal content of a given size, as a straight line through two measurements: a
 * tiny site and the repository's real content. A hostile input may take {@value #FACTOR}× that, and never less
 * than a floor that absorbs noise on a busy machine.
 *
 * @param overheadNanos time of a site with almost no content
 * @param nanosPerByte  time each further byte of normal content adds
 */
record NormalCost(double overheadNanos, double nanosPerByte) {
    static final int FACTOR = 5;
    private static final int SAMPLES = 3;

    /**
     * Measures with the command as it runs now (same JVM, same instrumentation, warmed up), keeping the fastest
     * of a few runs of each site.
     *
     * @param timeNanos runs the command on a content folder and returns the elapsed nanoseconds
     */
    static NormalCost measure(ToLongFunction<Path> timeNanos, Path tinySite, long tinyBytes, Path realSite,
                              long realBytes) {
        long tiny = fastest(timeNanos, tinySite);
        long real = fastest(timeNanos, realSite);
        double perByte = Math.max(0, (double) (real - tiny) / Math.max(1, realBytes - tinyBytes));
        return new NormalCost(tiny, perByte);
    }

    /** The time allowed for content of {@code bytes} bytes. */
    Duration allowed(long bytes, Duration floor) {
        long nanos = (long) (FACTOR * (overheadNanos + nanosPerByte * bytes));
        return floor.compareTo(Duration.ofNanos(nanos)) > 0 ? floor : Duration.ofNanos(nanos);
    }

    private static long fastest(ToLongFunction<Path> timeNanos, Path site) {
        timeNanos.applyAsLong(site);
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < SAMPLES; i++) {
            fastest = Math.min(fastest, timeNanos.applyAsLong(site));
        }
        return fastest;
    }
}
