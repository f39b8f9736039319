package org.lifecircle.store;

import java.util.OptionalLong;

/** Run ids as users see them: {@code r} and the number the database gave the run. */
public final class RunIds {

    private RunIds() {
    }

    public static String format(long number) {
        return "r" + number;
    }

    /** The number in {@code r12} (or {@code 12}); empty when the text is not a run id. */
    public static OptionalLong parse(String id) {
        String digits = id.strip();
        if (digits.startsWith("r") || digits.startsWith("R")) {
            digits = digits.substring(1);
        }
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }
}
