package org.lifecircle.io.export;


/** Rounding of REAL field values. */
final class CategoryLabels {

    private CategoryLabels() {
    }

    /** A value rounded to the decimals a REAL field is written with, so every format holds the same number. */
    static Double rounded(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
