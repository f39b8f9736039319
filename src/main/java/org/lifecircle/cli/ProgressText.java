package org.lifecircle.cli;

import java.util.Locale;
import java.util.OptionalLong;

/** The words of progress: the terminal's bar, the plain line, the closing line. */
final class ProgressText {

    static final String PREFIX = "lifecircle: ";
    private static final int BAR_WIDTH = 24;

    private ProgressText() {
    }

    /** {@code reading x.osm.pbf [#########-------]  37%  1,234 / 3,300 rows  0:12 left} */
    static String bar(StepState step, long nowNanos) {
        StringBuilder text = new StringBuilder(step.name());
        if (step.total() > 0) {
            int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * step.done() / step.total());
            text.append(" [").append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append(']')
                    .append(String.format(Locale.ROOT, " %3d%%  ", percent(step)))
                    .append(count(step.done())).append(" / ").append(count(step.total())).append(' ').append(step.unit());
        } else if (step.done() > 0) {
            text.append("  ").append(count(step.done())).append(' ').append(step.unit());
        }
        return text.append("  ").append(timeText(step, nowNanos)).toString();
    }

    /** {@code lifecircle: reading x.osm.pbf: 37% (1,234 of 3,300 rows), 0:12 left} */
    static String line(StepState step, long nowNanos) {
        StringBuilder text = new StringBuilder(PREFIX).append(step.name()).append(": ");
        if (step.total() > 0) {
            text.append(percent(step)).append("% (").append(count(step.done())).append(" of ")
                    .append(count(step.total())).append(' ').append(step.unit()).append("), ");
        } else if (step.done() > 0) {
            text.append(count(step.done())).append(' ').append(step.unit()).append(", ");
        }
        return text.append(timeText(step, nowNanos)).toString();
    }

    /** {@code lifecircle: reading x.osm.pbf: done, 3,300 rows in 0:31} */
    static String done(StepState step, long nowNanos) {
        String counted = step.done() > 0 ? count(step.done()) + " " + step.unit() + " " : "";
        return PREFIX + step.name() + ": done, " + counted + "in " + clock(nowNanos - step.startNanos());
    }

    /** The time left when it can be told (a known total and some done), else the time so far. */
    private static String timeText(StepState step, long nowNanos) {
        OptionalLong left = leftNanos(step, nowNanos);
        return left.isPresent() ? clock(left.getAsLong()) + " left" : clock(nowNanos - step.startNanos()) + " so far";
    }

    /** Linear: the rate so far applied to what remains. */
    static OptionalLong leftNanos(StepState step, long nowNanos) {
        long done = step.done();
        if (step.total() <= 0 || done <= 0) {
            return OptionalLong.empty();
        }
        double elapsed = nowNanos - step.startNanos();
        return OptionalLong.of(Math.round(elapsed * Math.max(0, step.total() - done) / done));
    }

    private static long percent(StepState step) {
        return Math.min(100, 100 * step.done() / step.total());
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** m:ss, or h:mm:ss from an hour. */
    static String clock(long nanos) {
        long seconds = Math.max(0, Math.round(nanos / 1e9));
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
