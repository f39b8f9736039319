package org.lifecircle.faults;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.bench.TestDatabase;
import org.lifecircle.cli.LifeCircleCli;

/**
 * PostgreSQL is up but refuses connections to the store's database (closed for maintenance with
 * ALLOW_CONNECTIONS false, or at its connection limit): the command line, the server's start
 * included, exits 2 with one line that names the database and says to try again, never "internal
 * error". (The server already running answers 503: api.RefusingDatabaseApiTest.)
 */
class RefusingDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void commandsSayTheDatabaseRefusesConnectionsInOneLine() {
        try (ThrowawayDatabase database = ThrowawayDatabase.create()) {
            Map<String, String> environment = database.environment(folder.resolve("data"));
            database.allowConnections(false);
            CliRun closed = cli(environment, "list");
            assertRefused(closed, database, "is not currently accepting connections");
            database.allowConnections(true);
            database.connectionLimit(0);
            assertRefused(cli(environment, "runs", "list"), database, "too many connections");
            database.connectionLimit(-1);
            assertThat(cli(environment, "list").exitCode()).as("open again").isZero();
        }
    }

    @Test
    void theServerDoesNotStartAndSaysWhyInItsLastLine() {
        try (ThrowawayDatabase database = ThrowawayDatabase.create()) {
            database.allowConnections(false);
            try (CliProcess serve = CliProcess.start(database.environment(folder.resolve("data")), Map.of(),
                    "serve", "--port", "0")) {
                int code = serve.awaitExit(Duration.ofMinutes(2));
                List<String> lines = serve.err().lines().toList();
                assertThat(code).as(serve.describe()).isEqualTo(2);
                assertThat(lines.get(lines.size() - 1)).as(serve.describe())
                        .startsWith("lifecircle: cannot connect to PostgreSQL at " + database.url())
                        .contains("is not currently accepting connections; try again once it accepts connections")
                        .doesNotContain("internal error").doesNotContain(TestDatabase.password() + "@");
            }
        }
    }

    private static CliRun cli(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeCircleCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static void assertRefused(CliRun run, ThrowawayDatabase database, String reason) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errorLines()).hasSize(1);
        assertThat(run.err()).startsWith("lifecircle: cannot connect to PostgreSQL at " + database.url() + " as user "
                + TestDatabase.user() + ": ").contains(reason).contains("try again once it accepts connections")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
