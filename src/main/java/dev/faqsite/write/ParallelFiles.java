package dev.faqsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * File operations on many files at once. Writing and deleting small files mostly waits on the disk, so a few
 * threads get through them faster than one, even on a machine with few cores.
 */
final class ParallelFiles {
    /** Threads per batch: more gained nothing on the disks measured. */
    private static final int THREADS = 4;
    /** Below this many files one thread does it all. */
    private static final int SMALL = 256;

    /** An action on one file that may fail. */
    @FunctionalInterface
    interface FileAction<T> {
        void apply(T item) throws IOException;
    }

    private ParallelFiles() {
    }

    /**
     * Applies the action to every item, from several threads, and returns when all are done.
     *
     * @throws IOException the first failure, after every item was tried or the batch was cut short
     */
    static <T> void forEach(List<T> items, FileAction<? super T> action) throws IOException {
        if (items.size() < SMALL) {
            for (T item : items) {
                action.apply(item);
            }
            return;
        }
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "faq-site-files");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> batches = new ArrayList<>();
            int size = (items.size() + THREADS - 1) / THREADS;
            for (int start = 0; start < items.size(); start += size) {
                List<T> batch = items.subList(start, Math.min(items.size(), start + size));
                batches.add(threads.submit(() -> {
                    for (T item : batch) {
                        action.apply(item);
                    }
                    return null;
                }));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            if (e.getCause() instanceof UncheckedIOException cause) {
                throw cause.getCause();
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IOException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }
}
