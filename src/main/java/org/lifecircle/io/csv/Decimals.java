package org.lifecircle.io.csv;

/** Locale-independent fixed-point formatting, fast enough for millions of CSV cells. */
public final class Decimals {

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Decimals() {
    }

    /** Appends the value rounded to the given number of decimal places (0..8). */
    public static StringBuilder append(StringBuilder out, double value, int places) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        long scaled = Math.round(Math.abs(value) * POWERS[places]);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / POWERS[places]);
        if (places > 0) {
            String fraction = Long.toString(scaled % POWERS[places]);
            out.append('.');
            out.append("0".repeat(places - fraction.length()));
            out.append(fraction);
        }
        return out;
    }

    public static String format(double value, int places) {
        return append(new StringBuilder(24), value, places).toString();
    }
}
