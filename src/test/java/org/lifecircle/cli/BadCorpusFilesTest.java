package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed corpus in src/test/resources/bad/ is exactly what {@link BadCorpus} writes. After
 * changing the corpus classes, rewrite the files with
 * {@code mvn test -Dtest=BadCorpusFilesTest -Dlifecircle.rewriteBadCorpus=true}.
 */
class BadCorpusFilesTest {

    private static final Path SOURCE_FOLDER = Path.of("src", "test", "resources", "bad");

    @TempDir
    Path scratch;

    @Test
    void committedFilesAreWhatTheGeneratorWrites() throws IOException {
        if (Boolean.getBoolean("lifecircle.rewriteBadCorpus")) {
            BadCorpus.write(SOURCE_FOLDER, scratch);
        }
        Map<String, byte[]> expected = BadCorpus.files(scratch);
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            Path committed = BadInputCorpusTest.corpus().resolve(file.getKey());
            assertThat(committed).as(file.getKey() + " (rewrite with -Dlifecircle.rewriteBadCorpus=true)").exists();
            assertThat(Files.readAllBytes(committed)).as(file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(expected.values().stream().mapToLong(bytes -> bytes.length).sum())
                .as("the committed corpus stays small").isLessThan(100_000);
    }
}
