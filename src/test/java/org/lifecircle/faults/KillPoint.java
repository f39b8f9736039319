package org.lifecircle.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Where an import is killed: after a number of rows written in its open transaction, at one of
 * the write's phases (all rows written; old version deleted, before the commit; just committed),
 * or a time after its write began, which can land anywhere, the commit included.
 *
 * @param label what the test report calls it
 * @param properties the Java system properties that stop the process there (store.jdbc.WritePause)
 * @param delayMillis for a timed kill, how long after the write began
 * @param mayHaveCommitted whether the import may have committed before the kill
 */
record KillPoint(String label, Map<String, String> properties, long delayMillis, boolean mayHaveCommitted) {

    static final String ROWS = "lifecircle.faults.pauseAfterRows";
    static final String PHASE = "lifecircle.faults.pauseAt";
    static final String ANNOUNCE = "lifecircle.faults.announcePhases";
    /** What the write prints when it begins, with {@link #ANNOUNCE}. */
    static final String BEGUN = "lifecircle: write phase begun";

    boolean isTimed() {
        return delayMillis >= 0;
    }

    static KillPoint afterRows(long rows) {
        return new KillPoint("after " + rows + " rows", Map.of(ROWS, String.valueOf(rows)), -1, false);
    }

    static KillPoint atPhase(String phase) {
        return new KillPoint("at phase " + phase, Map.of(PHASE, phase), -1, phase.equals("committed"));
    }

    static KillPoint timed(long delayMillis) {
        return new KillPoint(delayMillis + " ms after the write began", Map.of(ANNOUNCE, "true"), delayMillis, true);
    }

    /**
     * The plan: {@code byRows} points spread over the rows the import writes (seeded, at least one
     * in each equal share of them), the three phases, and {@code timed} kills at seeded times in the
     * last third of the write as measured, the last second before the commit among them.
     */
    static List<KillPoint> plan(long seed, long rowsWritten, long writeMillis, int byRows, int timed) {
        Random random = new Random(seed);
        List<KillPoint> points = new ArrayList<>();
        long share = rowsWritten / byRows;
        for (int i = 0; i < byRows; i++) {
            points.add(afterRows(Math.max(1, i * share + 1 + (long) (random.nextDouble() * (share - 1)))));
        }
        for (String phase : List.of("switch", "commit", "committed")) {
            points.add(atPhase(phase));
        }
        for (int i = 0; i < timed; i++) {
            long lastSecond = Math.max(0, writeMillis - 1000);
            long from = i == 0 ? lastSecond : writeMillis * 2 / 3;
            points.add(timed(from + (long) (random.nextDouble() * (writeMillis + 200 - from))));
        }
        return points;
    }
}
