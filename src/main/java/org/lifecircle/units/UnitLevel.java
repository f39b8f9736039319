package org.lifecircle.units;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.lifecircle.model.InvalidInputException;

/** The three levels of administrative units, largest first. */
public enum UnitLevel {
    DISTRICT("区"),
    STREET("街道"),
    COMMUNITY("社区");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    /** The name in files, options and columns: district, street, community. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Chinese name (区, 街道, 社区). */
    public String label() {
        return label;
    }

    /** The next larger level, empty for district. */
    public Optional<UnitLevel> larger() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The level named by its id (any case); a one-line error listing the levels otherwise. */
    public static UnitLevel parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("'" + text + "' is not a unit level (district, street,"
                        + " community)"));
    }

    @Override
    public String toString() {
        return id();
    }
}
