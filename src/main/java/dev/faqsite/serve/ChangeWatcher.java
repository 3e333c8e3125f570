package dev.faqsite.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and their subfolders, including ones created later) and runs an action once per burst of
 * changes: editors often write a file in several steps, so events within a short quiet period are combined.
 */
final class ChangeWatcher implements Runnable, AutoCloseable {
    private static final long QUIET_MILLIS = 40;

    private final WatchService service;
    private final Runnable onChange;

    ChangeWatcher(List<Path> folders, Runnable onChange) {
        this.onChange = onChange;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
                if (folder.getFileSystem() == FileSystems.getDefault() && Files.isDirectory(folder)) {
                    registerTree(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Watches until closed or interrupted; no failure of the action, nor of watching a folder, ends it. */
    @Override
    public void run() {
        while (true) {
            try {
                WatchKey key = service.take();
                boolean changed = drain(key);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    onChange.run();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // The action reports its own failures; whatever escaped it, the next change may fix.
            }
        }
    }

    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path folder = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = folder.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException | UncheckedIOException e) {
                        // A folder that vanished again needs no watching.
                    }
                }
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
