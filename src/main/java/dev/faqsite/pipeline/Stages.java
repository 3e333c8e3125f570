package dev.faqsite.pipeline;

import dev.faqsite.diagnostic.InputTooComplexException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Runs pipeline stages and records how long each took, so the pipeline itself reads as a plain list. Thread-safe. */
final class Stages {
    private final List<StageTiming> timings = Collections.synchronizedList(new ArrayList<>());

    <T> T run(String name, Supplier<T> stage) {
        long start = System.nanoTime();
        try {
            return stage.get();
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new InputTooComplexException(name, e);
        } finally {
            timings.add(new StageTiming(name, (System.nanoTime() - start) / 1_000_000));
        }
    }

    /** Records the time of work measured elsewhere, e.g. summed over the threads that did it. */
    void record(String name, long millis) {
        timings.add(new StageTiming(name, millis));
    }

    List<StageTiming> timings() {
        synchronized (timings) {
            return List.copyOf(timings);
        }
    }
}
