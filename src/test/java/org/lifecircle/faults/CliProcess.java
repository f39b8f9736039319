package org.lifecircle.faults;

import static org.assertj.core.api.Assertions.fail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own (the test classpath), so that it can be killed, or its
 * database stopped under it, like a planner's process. Standard output and error are collected as
 * they come; a write paused by {@code lifecircle.faults.pauseAfterRows} (store.jdbc.WritePause) is
 * waited for and resumed through standard input.
 */
public final class CliProcess implements AutoCloseable {

    /** The Java system property that pauses the first write of the process after that many rows. */
    static final String PAUSE_AFTER_ROWS = "lifecircle.faults.pauseAfterRows";
    /** The line a paused write prints first on standard error. */
    static final String PAUSED = "lifecircle: paused after ";

    /** The store settings, and XDG_DATA_HOME, which places the default data folder (store.StoreSettings). */
    private static final List<String> STORE_VARIABLES = List.of("LIFECIRCLE_DATA_DIR", "LIFECIRCLE_DB_URL",
            "LIFECIRCLE_DB_USER", "LIFECIRCLE_DB_PASSWORD", "XDG_DATA_HOME");

    private final Process process;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Thread> readers = new ArrayList<>();

    private CliProcess(Process process) {
        this.process = process;
        readers.add(collect(process.getInputStream(), out));
        readers.add(collect(process.getErrorStream(), err));
    }

    /**
     * Starts {@code lifecircle ARGS} with exactly these store settings (any inherited from the
     * test's environment are removed) and these Java system properties.
     */
    public static CliProcess start(Map<String, String> storeEnvironment, Map<String, String> properties, String... args) {
        return startIn(Path.of("").toAbsolutePath(), storeEnvironment, properties, args);
    }

    /** As {@link #start}, in this working directory. */
    public static CliProcess startIn(Path workingDirectory, Map<String, String> storeEnvironment,
                                     Map<String, String> properties, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path")));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("org.lifecircle.cli.LifeCircleCli");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        STORE_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().putAll(storeEnvironment);
        try {
            return new CliProcess(builder.start());
        } catch (IOException e) {
            return fail("cannot start " + String.join(" ", command.subList(0, 1)) + ": " + e.getMessage(), e);
        }
    }

    /** Copies the stream into the buffer as it comes (ByteArrayOutputStream is synchronized). */
    private static Thread collect(InputStream stream, ByteArrayOutputStream into) {
        Thread reader = new Thread(() -> {
            try (InputStream in = stream) {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    into.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // the process is gone; what it wrote is kept
            }
        });
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    public long pid() {
        return process.pid();
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Standard error without the pause's own line. */
    List<String> errorLines() {
        return err().lines().filter(line -> !line.startsWith(PAUSED)).toList();
    }

    /** Waits until standard output or error holds the text; fails (with both) if the process ends or time runs out. */
    public void awaitText(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!out().contains(text) && !err().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                fail("waited for '" + text + "' from " + describe());
            }
            sleep(50);
        }
    }

    /** Waits until a write paused midway (its transaction open). */
    void awaitPause(Duration timeout) {
        awaitText(PAUSED, timeout);
    }

    /** Lets a paused write go on. */
    void resume() {
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            fail("cannot resume " + describe(), e);
        }
    }

    /** SIGKILL, as the kernel's OOM killer or a power cut would end it: no shutdown hook runs. */
    int kill() {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as Ctrl+C or a service manager stops it: shutdown hooks run. */
    public int stop() {
        process.destroy();
        return awaitExit(Duration.ofSeconds(60));
    }

    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("still running after " + timeout + ": " + describe());
            }
            for (Thread reader : readers) {
                reader.join(5_000);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted", e);
        }
    }

    public String describe() {
        return "process " + process.pid() + (process.isAlive() ? " (running)" : " (exit " + process.exitValue() + ")")
                + "\n--- stdout:\n" + out() + "\n--- stderr:\n" + err();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
