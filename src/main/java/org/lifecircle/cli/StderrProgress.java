package org.lifecircle.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.lifecircle.model.Progress;

/**
 * Progress on standard error. A step shows nothing until it has run for the delay (2 s unless
 * set), so quick commands stay quiet; then a terminal gets one line redrawn five times a second
 * (bar, counts, time left) and a pipe or file a plain line every {@value #LINE_EVERY_SECONDS}
 * seconds; either way a step that showed ends with a line saying it is done and how long it took.
 * A daemon timer draws, so a step that never counts (building the graph) still shows it runs.
 */
final class StderrProgress implements Progress {

    static final int LINE_EVERY_SECONDS = 5;
    private static final long TERMINAL_EVERY_MILLIS = 200;

    private final PrintWriter err;
    private final boolean terminal;
    private final long delayNanos;
    private ScheduledExecutorService timer;
    private ShownStep current;

    StderrProgress(PrintWriter err, boolean terminal, long delayMillis) {
        this.err = err;
        this.terminal = terminal;
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
    }

    @Override
    public synchronized Step step(String name, long total, String unit) {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "progress");
                thread.setDaemon(true);
                return thread;
            });
            long every = terminal ? TERMINAL_EVERY_MILLIS : 100;
            timer.scheduleAtFixedRate(this::draw, every, every, TimeUnit.MILLISECONDS);
        }
        current = new ShownStep(this, new StepState(name, total, unit, System.nanoTime()));
        return current;
    }

    private synchronized void draw() {
        if (current == null) {
            return;
        }
        StepState state = current.state();
        long now = System.nanoTime();
        if (now - state.startNanos() < delayNanos) {
            return;
        }
        if (terminal) {
            err.print("\r\033[K" + ProgressText.bar(state, now));
            current.markShown();
        } else if (current.lineDue(now)) {
            err.println(ProgressText.line(state, now));
        }
        err.flush();
    }

    synchronized void closed(ShownStep step) {
        if (step.shown()) {
            String done = ProgressText.done(step.state(), System.nanoTime());
            err.println(terminal ? "\r\033[K" + done : done);
            err.flush();
        }
        if (current == step) {
            current = null;
        }
    }

    /** A step as drawn: its counts, and when its last plain line went out. */
    static final class ShownStep implements Step {
        private final StderrProgress owner;
        private final StepState state;
        private boolean shown;
        private long lastLineNanos;

        ShownStep(StderrProgress owner, StepState state) {
            this.owner = owner;
            this.state = state;
        }

        @Override
        public void advanceTo(long done) {
            state.advanceTo(done);
        }

        @Override
        public void close() {
            owner.closed(this);
        }

        StepState state() {
            return state;
        }

        boolean shown() {
            return shown;
        }

        void markShown() {
            shown = true;
        }

        boolean lineDue(long now) {
            if (shown && now - lastLineNanos < TimeUnit.SECONDS.toNanos(LINE_EVERY_SECONDS)) {
                return false;
            }
            shown = true;
            lastLineNanos = now;
            return true;
        }
    }
}
