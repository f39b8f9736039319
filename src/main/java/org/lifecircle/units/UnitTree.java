package org.lifecircle.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.model.District;

/**
 * The units of a run by level, each with its parent resolved ({@link UnitParents} builds it).
 * Only the levels that were given are present; a tree may be empty.
 */
public final class UnitTree {

    private final Map<UnitLevel, List<AdminUnit>> byLevel;

    UnitTree(Map<UnitLevel, List<AdminUnit>> byLevel) {
        Map<UnitLevel, List<AdminUnit>> copy = new EnumMap<>(UnitLevel.class);
        byLevel.forEach((level, units) -> {
            if (!units.isEmpty()) {
                copy.put(level, List.copyOf(units));
            }
        });
        this.byLevel = Collections.unmodifiableMap(copy);
    }

    /** No units at all. */
    public static UnitTree empty() {
        return new UnitTree(Map.of());
    }

    /** Districts only (a stored dataset, or a run with {@code --districts} alone). */
    public static UnitTree ofDistricts(List<District> districts, String source) {
        List<AdminUnit> units = new ArrayList<>();
        for (int d = 0; d < districts.size(); d++) {
            District district = districts.get(d);
            units.add(new AdminUnit(UnitLevel.DISTRICT, district.code(), district.name(), "", district.boundary(),
                    source + " feature " + (d + 1)));
        }
        return new UnitTree(Map.of(UnitLevel.DISTRICT, units));
    }

    /** The levels given, largest first. */
    public List<UnitLevel> levels() {
        return List.copyOf(byLevel.keySet());
    }

    /** The units of a level, in input order (empty when the level was not given). */
    public List<AdminUnit> units(UnitLevel level) {
        return byLevel.getOrDefault(level, List.of());
    }

    public boolean isEmpty() {
        return byLevel.isEmpty();
    }

    /** The nearest larger level that was given. */
    public Optional<UnitLevel> findParentLevel(UnitLevel level) {
        Optional<UnitLevel> larger = level.larger();
        while (larger.isPresent() && !byLevel.containsKey(larger.get())) {
            larger = larger.get().larger();
        }
        return larger;
    }
}
