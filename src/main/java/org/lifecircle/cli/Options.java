package org.lifecircle.cli;

import org.lifecircle.model.InvalidInputException;

/** Checks of option values that picocli's types do not express. */
final class Options {

    private Options() {
    }

    static void requireFiniteNonNegative(String option, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(option + " must be a finite number >= 0, got " + value);
        }
    }

    static void requirePositive(String option, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(option + " must be a finite number > 0, got " + value);
        }
    }
}
