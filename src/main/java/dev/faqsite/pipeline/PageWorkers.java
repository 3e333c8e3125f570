package dev.faqsite.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs one piece of work per page on every core while the caller makes the next pages, with at most
 * {@link #WAITING} pages submitted and not yet done: a large site streams through instead of living in memory at
 * once. Results come back in the order the pages went in, so the output does not depend on thread timing.
 * One caller thread; close it to stop the workers.
 */
final class PageWorkers<I, O> implements AutoCloseable {
    private static final int WAITING = 64;
    private final Function<I, O> work;
    private final ExecutorService threads;
    private final Semaphore room = new Semaphore(WAITING);
    private final List<Future<O>> results = new ArrayList<>();
    private final AtomicLong busyNanos = new AtomicLong();
    private long waitedNanos;

    PageWorkers(Function<I, O> work) {
        this.work = work;
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "faq-site-page-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues a page, waiting while {@link #WAITING} pages are still being worked on. */
    void submit(I page) {
        long waitStart = System.nanoTime();
        room.acquireUninterruptibly();
        waitedNanos += System.nanoTime() - waitStart;
        try {
            results.add(threads.submit(() -> {
                long start = System.nanoTime();
                try {
                    return work.apply(page);
                } finally {
                    busyNanos.addAndGet(System.nanoTime() - start);
                    room.release();
                }
            }));
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
    }

    /**
     * Every page's result, in the order submitted. A page whose work failed throws its exception here (the first
     * such page in that order), as if the work had run on this thread.
     */
    List<O> finish() {
        List<O> done = new ArrayList<>(results.size());
        for (Future<O> result : results) {
            try {
                done.add(result.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pages were being written", e);
            }
        }
        return done;
    }

    /** Time the caller spent waiting in {@link #submit} for room. */
    long waitedMillis() {
        return waitedNanos / 1_000_000;
    }

    /** Time the workers spent on pages, summed over threads. */
    long busyMillis() {
        return busyNanos.get() / 1_000_000;
    }

    /** Stops the workers and waits for them, so nothing writes into a folder the caller deletes next. */
    @Override
    public void close() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
