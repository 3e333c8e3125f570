package dev.faqsite.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the build independent of the machine's locale. Java decodes file names with the encoding of the locale
 * it starts in ({@code sun.jnu.encoding}) and cannot change it later, so under {@code LANG=C} a file named
 * {@code 过拟合.md} reads as {@code ???.md}, and slugs and URLs change. When that encoding is not UTF-8, the same
 * command runs again in a fresh JVM with the same options and class path under a UTF-8 locale.
 */
final class Utf8FileNames {
    /** Set in the second JVM, so that a machine without any UTF-8 locale cannot make it start a third. */
    static final String RELAUNCHED = "FAQ_SITE_UTF8_RELAUNCH";
    private static final String UTF8_LOCALE = "C.UTF-8";

    private Utf8FileNames() {
    }

    /** True when this JVM reads file names as UTF-8 (always on Windows, whose file API is Unicode). */
    static boolean supported() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return true;
        }
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Runs {@code args} in a JVM that reads file names as UTF-8 and returns its exit code; or, when that is not
     * possible, says how to fix the locale and returns the usage error code.
     */
    static int relaunch(String[] args) {
        Optional<String> java = ProcessHandle.current().info().command();
        if (System.getenv(RELAUNCHED) != null || java.isEmpty()) {
            return unsupported();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        // JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS are among these already; they are dropped from the environment.
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.put("LC_ALL", UTF8_LOCALE);
        environment.put(RELAUNCHED, "1");
        try {
            Process process = builder.start();
            // Stopping this JVM (Ctrl-C, kill) stops the build it started too.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            return process.waitFor();
        } catch (IOException e) {
            return unsupported();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unsupported();
        }
    }

    private static int unsupported() {
        System.err.println("error: this machine's locale reads file names as "
                + System.getProperty("sun.jnu.encoding") + ", which would change non-ASCII file names and the"
                + " site's addresses; faq-site needs a UTF-8 locale");
        System.err.println("  hint: run it with LC_ALL=C.UTF-8 (or another UTF-8 locale listed by 'locale -a')");
        return ExitCodes.USAGE;
    }
}
