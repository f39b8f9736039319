package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lifecircle export} end to end on the embedded store: the file, the one-line answers, exit codes. */
class ExportCommandTest {

    @TempDir
    Path folder;

    private GraphCommandTest.Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeCircleCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("LIFECIRCLE_DATA_DIR", folder.resolve("data").toString()));
        return new GraphCommandTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void exportsTheLatestRunAndRefusesBadOptions() {
        assertThat(cli("import", "--demo").exitCode()).isZero();
        GraphCommandTest.Run noRun = cli("export", "--dataset", "demo", "--layer", "gaps", "--format", "csv",
                "--out", folder.resolve("gaps.csv").toString());
        assertThat(noRun.exitCode()).isEqualTo(2);
        assertThat(noRun.err()).contains("has no runs yet");
        assertThat(cli("coverage", "--dataset", "demo", "--out", folder.resolve("run").toString()).exitCode()).isZero();
        GraphCommandTest.Run ok = cli("export", "--dataset", "demo", "--layer", "gaps", "--format", "shp", "--encoding",
                "gbk", "--crs", "gk", "--out", folder.resolve("gaps.zip").toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("5 features of run r1 in EPSG:4548");
        assertThat(folder.resolve("gaps.zip")).exists();
        GraphCommandTest.Run badLayer = cli("export", "--dataset", "demo", "--layer", "parks", "--format", "shp",
                "--out", folder.resolve("parks.zip").toString());
        assertThat(badLayer.exitCode()).isEqualTo(2);
        assertThat(badLayer.err().strip().lines()).hasSize(1);
        assertThat(badLayer.err()).contains("unknown layer 'parks'");
        assertThat(folder.resolve("parks.zip")).doesNotExist();
    }

    @Test
    void unknownDatasetIsOneLine() {
        GraphCommandTest.Run run = cli("export", "--dataset", "nowhere", "--layer", "gaps", "--format", "csv",
                "--out", folder.resolve("x.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere");
        assertThat(Files.exists(folder.resolve("x.csv"))).isFalse();
    }
}
