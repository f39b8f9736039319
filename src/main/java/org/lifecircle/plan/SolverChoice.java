package org.lifecircle.plan;

import java.util.Locale;
import org.lifecircle.model.InvalidInputException;

/** Which solver suggest uses ({@code --method}). */
public enum SolverChoice {
    /** The heuristic and its bound; CP-SAT when the bound does not prove the choice and the instance is small. */
    AUTO,
    /** CP-SAT always (within its time limit). */
    EXACT,
    /** The heuristic and its bound only. */
    HEURISTIC;

    public static SolverChoice parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("method '" + text + "' is not auto, exact or heuristic");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
