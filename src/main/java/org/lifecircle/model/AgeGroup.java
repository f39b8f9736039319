package org.lifecircle.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which residents a facility serves (a profile rule's {@code demand_group}): everyone, or the
 * age groups the policies count (托位 for the under-3s, kindergarten places for 3 to 5, elderly
 * care for 60 and over), as the census counts them; {@code age_0_5}, children under 6, is the
 * under-3s and the 3 to 5s together, for a rule that counts nurseries and kindergartens alike.
 */
public enum AgeGroup {
    ALL("all"),
    AGE_0_2("age_0_2"),
    AGE_3_5("age_3_5"),
    AGE_0_5("age_0_5"),
    AGE_60_PLUS("age_60_plus");

    private final String id;

    AgeGroup(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static AgeGroup parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.id.equals(wanted)).findFirst().orElseThrow(() ->
                new InvalidInputException("unknown demand group '" + text + "'; use all, age_0_2, age_3_5, age_0_5 or age_60_plus"));
    }
}
