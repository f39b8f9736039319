package org.lifecircle.io.export;

import org.lifecircle.model.Category;

/** Chinese names of the categories, for field labels. */
final class CategoryLabels {

    private CategoryLabels() {
    }

    static String of(Category category) {
        return switch (category) {
            case ELDERLY_CARE -> "养老服务设施";
            case CHILDCARE -> "托育及幼儿园";
            case CONVENIENCE -> "便民商业设施";
        };
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
