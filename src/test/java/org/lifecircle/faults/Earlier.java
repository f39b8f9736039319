package org.lifecircle.faults;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a planner had before a fault: the demo dataset, a saved run and that run's output folder.
 * Checks afterwards that all of it is still there, unchanged, and that the next run works.
 *
 * @param out the earlier run's output folder, where the faulty run writes too
 * @param files the folder's files (relative paths) and their contents
 */
record Earlier(Path out, Map<String, String> files, StoreState state, Map<String, Long> rows) {

    /** The note a failed run leaves in its output folder (service.OutputFolder.ERROR_NOTE). */
    static final String ERROR_NOTE = "error.txt";

    /**
     * Imports the demo and saves one run (r1) of {@code command} (coverage or batch) with these
     * extra options, whose outputs go to {@code out}.
     */
    static Earlier prepare(FaultStore store, Path out, String command, String... options) {
        assertSucceeds(store.cli("import", "--demo"));
        String[] args = Stream.concat(Stream.of(command, "--dataset", "demo", "--out", out.toString()),
                Stream.of(options)).toArray(String[]::new);
        CliRun run = store.cli(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errorLines()).as("only a batch's note on missed targets").allMatch(line -> line.startsWith(
                "targets missed: "));
        return new Earlier(out, contents(out), StoreState.of(store), store.tableRows());
    }

    /**
     * The store holds what it held, the output folder has the same files with the same contents
     * and (only) the failed run's error note, which is its message; the next run works.
     */
    void assertUnchanged(FaultStore store, CliRun failed) {
        Map<String, String> now = contents(out);
        assertThat(now.remove(ERROR_NOTE)).as("error note").isEqualTo(failed.err().replaceFirst("^lifecircle: ", "")
                .strip() + "\n");
        assertThat(now).as("the earlier outputs, and nothing else").isEqualTo(files);
        assertThat(StoreState.of(store)).isEqualTo(state);
        assertThat(store.tableRows()).as("rows in every table").isEqualTo(rows);
        Path next = out.resolveSibling(out.getFileName() + "-next");
        assertSucceeds(store.cli("coverage", "--dataset", "demo", "--out", next.toString()));
        assertThat(contents(next).get("coverage.csv")).isNotEmpty();
        assertThat(StoreState.of(store).runs()).hasSize(state.runs().size() + 1);
    }

    static void assertSucceeds(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    /**
     * Every file under the folder (hidden ones too) by relative path, with its text (binary files:
     * their SHA-256); subfolders as "name/".
     */
    static Map<String, String> contents(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(path -> !path.equals(folder)).toList()) {
                String name = folder.relativize(path).toString();
                if (Files.isDirectory(path)) {
                    files.put(name + "/", "");
                } else {
                    files.put(name, content(Files.readAllBytes(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String content(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException binary) {
            try {
                return "sha256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
