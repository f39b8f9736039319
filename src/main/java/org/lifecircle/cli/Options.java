package org.lifecircle.cli;

import org.lifecircle.model.InvalidInputException;

/** Checks of option values that picocli's types do not express. */
final class Options {

    private Options() {
    }

    /** Above 0 and at most {@code max} metres (NaN and infinity fail too). */
    static void requireMeters(String option, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new InvalidInputException(option + " must be a number of metres above 0 and at most " + (long) max
                    + ", got " + value);
        }
    }
}
