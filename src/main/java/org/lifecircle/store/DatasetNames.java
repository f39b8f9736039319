package org.lifecircle.store;

import org.lifecircle.model.InvalidInputException;

/** The rule for dataset names: any text a planner would type, stored as data, never as SQL or a file name. */
public final class DatasetNames {

    public static final int MAX_LENGTH = 200;

    private DatasetNames() {
    }

    public static String check(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_LENGTH
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("dataset name '" + name + "': use 1 to " + MAX_LENGTH
                    + " characters without control characters");
        }
        return name;
    }
}
