package org.lifecircle.service.datasets;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lifecircle.model.Progress;

/**
 * The imports the server is running, and how far each is, for the page to ask while its upload
 * waits: the upload request blocks until the import ends, so the page polls
 * {@code GET /api/datasets/{name}/import-progress} meanwhile. An entry lives while its import runs.
 */
public final class ImportProgress {

    /** How far one import is: its current step and that step's counts (total 0 when unknown). */
    public record Status(boolean running, String step, long done, long total, String unit, double elapsedSeconds) {

        static final Status IDLE = new Status(false, "", 0, 0, "", 0);
    }

    private final Map<String, Tracker> running = new ConcurrentHashMap<>();

    /** What the import of this dataset name is doing now; not running when there is none. */
    public Status of(String dataset) {
        Tracker tracker = running.get(dataset);
        return tracker == null ? Status.IDLE : tracker.status();
    }

    /** Tracks one import while the job runs; the entry is removed when it ends, however it ends. */
    <T> T track(String dataset, java.util.function.Function<Progress, T> job) {
        Tracker tracker = new Tracker(System.nanoTime());
        running.put(dataset, tracker);
        try {
            return job.apply(tracker);
        } finally {
            running.remove(dataset, tracker);
        }
    }

    /** The progress one import tells: the newest step wins. */
    private static final class Tracker implements Progress {
        private final long startNanos;
        private volatile String step = "";
        private volatile long total;
        private volatile String unit = "";
        private final AtomicLong done = new AtomicLong();

        Tracker(long startNanos) {
            this.startNanos = startNanos;
        }

        @Override
        public Step step(String name, long stepTotal, String stepUnit) {
            done.set(0);
            total = stepTotal;
            unit = stepUnit;
            step = name;
            return new Step() {
                @Override
                public void advanceTo(long count) {
                    done.accumulateAndGet(count, Math::max);
                }

                @Override
                public void close() {
                }
            };
        }

        Status status() {
            return new Status(true, step, done.get(), total, unit, Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0);
        }
    }
}
