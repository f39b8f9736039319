package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.faults.CliProcess;

/**
 * Issue 19 item 8: the embedded store's default folder does not depend on where a command is run
 * from. Real processes in two working directories, with their own HOME or XDG_DATA_HOME.
 */
class DataFolderTest {

    @TempDir
    Path folder;

    private String run(Path workingDirectory, Map<String, String> environment, String... args) throws Exception {
        Files.createDirectories(workingDirectory);
        // the installation (gis-data/demo) is this checkout, as the launcher says with lifecircle.home
        Map<String, String> installation = Map.of("lifecircle.home", Path.of("").toAbsolutePath().toString());
        try (CliProcess process = CliProcess.startIn(workingDirectory, environment, installation, args)) {
            int code = process.awaitExit(Duration.ofMinutes(3));
            assertThat(code).as(process.describe()).isZero();
            return process.out();
        }
    }

    @Test
    void listFromAnotherFolderSeesTheDatasetImportedUnderXdgDataHome() throws Exception {
        Map<String, String> environment = Map.of("XDG_DATA_HOME", folder.resolve("xdg").toString());
        run(folder.resolve("one"), environment, "import", "--demo");
        assertThat(run(folder.resolve("two"), environment, "list")).contains("demo");
        assertThat(folder.resolve("xdg/lifecircle/lifecircle.db")).exists();
        assertThat(folder.resolve("one/data")).doesNotExist();
    }

    @Test
    void withoutXdgDataHomeTheStoreIsUnderHome() throws Exception {
        Map<String, String> environment = Map.of("HOME", folder.resolve("home").toString());
        run(folder.resolve("one"), environment, "import", "--demo");
        assertThat(run(folder.resolve("two"), environment, "list")).contains("demo");
        assertThat(folder.resolve("home/.local/share/lifecircle/lifecircle.db")).exists();
        assertThat(folder.resolve("one/data")).doesNotExist();
    }

    @Test
    void lifecircleDataDirStillWins() throws Exception {
        Map<String, String> environment = Map.of("HOME", folder.resolve("home").toString(),
                "LIFECIRCLE_DATA_DIR", folder.resolve("chosen").toString());
        run(folder.resolve("one"), environment, "import", "--demo");
        assertThat(run(folder.resolve("two"), environment, "list")).contains("demo");
        assertThat(folder.resolve("chosen/lifecircle.db")).exists();
        assertThat(folder.resolve("home/.local")).doesNotExist();
    }
}
