package org.lifecircle.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows of {@code (id, source, target, cost, reverse_cost)} into a table with COPY in
 * text format, in chunks, so that millions of edges never sit in one string.
 *
 * <p>Costs are written with {@link Double#toString(double)}, which PostgreSQL reads back to the
 * same double: the reference sees exactly the lengths the engine uses.
 */
final class EdgeRowsCopy implements AutoCloseable {

    private static final int CHUNK_CHARS = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 256);
    private long rows;

    EdgeRowsCopy(Connection connection, String table) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        this.copy = pg.getCopyAPI().copyIn("COPY " + table
                + " (id, source, target, cost, reverse_cost) FROM STDIN (FORMAT text)");
    }

    /** Adds an undirected edge: the same cost both ways. */
    void add(long id, long source, long target, double cost) throws SQLException {
        chunk.append(id).append('\t').append(source).append('\t').append(target).append('\t')
                .append(cost).append('\t').append(cost).append('\n');
        rows++;
        if (chunk.length() >= CHUNK_CHARS) {
            flush();
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.US_ASCII);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    /** Finishes the COPY and returns the number of rows the server stored. */
    long finish() throws SQLException {
        flush();
        long stored = copy.endCopy();
        if (stored != rows) {
            throw new SQLException("COPY stored " + stored + " rows of " + rows);
        }
        return stored;
    }

    /** Cancels the COPY if it was not finished (after an error). */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
