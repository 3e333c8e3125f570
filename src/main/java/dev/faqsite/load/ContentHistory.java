package dev.faqsite.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * When each content file last changed, from the git history of the content folder: the date of the newest commit
 * that touched it. Outside a git work tree, without git, or for a file never committed there is no date, so the
 * same input always gives the same pages. Immutable and thread-safe.
 */
public final class ContentHistory {
    public static final ContentHistory NONE = new ContentHistory(Map.of());
    private static final long TIMEOUT_SECONDS = 30;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Starts each commit's line in the log, so that a file named like a date is never taken for one. */
    private static final String COMMIT_MARK = "commit:";

    private final Map<String, String> dates;

    private ContentHistory(Map<String, String> dates) {
        this.dates = Map.copyOf(dates);
    }

    /** The history of every file under the folder; {@link #NONE} when git cannot tell. */
    public static ContentHistory read(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            return NONE;
        }
        ProcessBuilder git = new ProcessBuilder("git", "-c", "core.quotepath=off", "log", "--relative",
                "--name-only", "--no-renames", "--format=" + COMMIT_MARK + "%cs", "--", ".")
                .directory(contentDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        git.environment().put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process process = git.start();
            process.getOutputStream().close();
            String log;
            try (InputStream out = process.getInputStream()) {
                log = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return NONE;
            }
            return new ContentHistory(parse(log));
        } catch (IOException e) {
            return NONE; // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    /** The newest date of each file: the log lists commits newest first. */
    static Map<String, String> parse(String log) {
        Map<String, String> dates = new HashMap<>();
        String date = null;
        for (String line : log.split("\n")) {
            if (line.startsWith(COMMIT_MARK)) {
                String value = line.substring(COMMIT_MARK.length()).strip();
                date = DATE.matcher(value).matches() ? value : null;
            } else if (!line.isBlank() && date != null) {
                dates.putIfAbsent(line, date);
            }
        }
        return dates;
    }

    /**
     * @param file path relative to the content folder, '/'-separated
     * @return the ISO date (yyyy-mm-dd) of the last commit that changed it
     */
    public Optional<String> lastChanged(String file) {
        return Optional.ofNullable(dates.get(file));
    }
}
