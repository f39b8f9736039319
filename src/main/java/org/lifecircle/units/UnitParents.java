package org.lifecircle.units;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.model.InvalidInputException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Gives every unit its parent: the {@code parent_code} its file gave (which must name a unit of
 * the nearest larger level given), else the unit of that level that holds it. Builds the {@link UnitTree}.
 *
 * <p>Containment is by share of area: a parent candidate holds a unit when more than
 * {@link #SLIVER_SHARE} of the unit's area lies inside it. Boundary files of one city drawn by
 * different offices disagree along shared borders by 10-20 m; a 20 m shift of a 400 m x 400 m
 * community (a small one) moves 400 x 20 = 8,000 m2, 5 % of it, across each side it crosses, 10 %
 * across a corner. Such slivers are ignored; a unit held by no candidate lies in no parent, one
 * held by two lies in two, and both are errors naming it.
 */
public final class UnitParents {

    /** The largest share of a unit's area in a unit that is not its parent (see the class comment). */
    public static final double SLIVER_SHARE = 0.10;

    private final Map<UnitLevel, List<AdminUnit>> given;

    /** @param given the units of each level given, parents empty or as their file named them */
    public UnitParents(Map<UnitLevel, List<AdminUnit>> given) {
        this.given = new EnumMap<>(UnitLevel.class);
        this.given.putAll(given);
    }

    public UnitTree run() {
        UnitTree unresolved = new UnitTree(given);
        Map<UnitLevel, List<AdminUnit>> resolved = new EnumMap<>(UnitLevel.class);
        for (UnitLevel level : unresolved.levels()) {
            requireUniqueCodes(unresolved.units(level));
            Optional<UnitLevel> parentLevel = unresolved.findParentLevel(level);
            if (parentLevel.isEmpty()) {
                resolved.put(level, unresolved.units(level));
                continue;
            }
            Candidates candidates = new Candidates(unresolved.units(parentLevel.get()));
            List<AdminUnit> units = new ArrayList<>();
            for (AdminUnit unit : unresolved.units(level)) {
                units.add(unit.parentCode().isEmpty() ? unit.withParent(candidates.holder(unit).code())
                        : candidates.requireCode(unit));
            }
            resolved.put(level, units);
        }
        return new UnitTree(resolved);
    }

    private static void requireUniqueCodes(List<AdminUnit> units) {
        Map<String, AdminUnit> byCode = new HashMap<>();
        for (AdminUnit unit : units) {
            AdminUnit earlier = byCode.putIfAbsent(unit.code(), unit);
            if (earlier != null) {
                throw new InvalidInputException(unit.location() + ": " + unit.level().id() + " code " + unit.code()
                        + " is also the code of " + earlier.location() + "; give each " + unit.level().id()
                        + " its own code");
            }
        }
    }

    /** The units of the parent level, indexed by their boxes. */
    private static final class Candidates {
        private final List<AdminUnit> units;
        private final STRtree index = new STRtree();
        private final Map<String, AdminUnit> byCode = new HashMap<>();

        Candidates(List<AdminUnit> units) {
            this.units = units;
            for (int i = 0; i < units.size(); i++) {
                index.insert(units.get(i).boundary().getEnvelopeInternal(), i);
                byCode.put(units.get(i).code(), units.get(i));
            }
        }

        AdminUnit requireCode(AdminUnit unit) {
            if (!byCode.containsKey(unit.parentCode())) {
                throw new InvalidInputException(unit.location() + ": " + unit.level().id() + " " + unit.code()
                        + " names parent_code " + unit.parentCode() + ", which is no " + units.get(0).level().id()
                        + "'s code");
            }
            return unit;
        }

        AdminUnit holder(AdminUnit unit) {
            double area = unit.boundary().getArea();
            List<Map.Entry<AdminUnit, Double>> holders = new ArrayList<>();
            for (Object candidate : index.query(unit.boundary().getEnvelopeInternal())) {
                AdminUnit parent = units.get((Integer) candidate);
                double share = area > 0 ? overlapArea(unit.boundary(), parent.boundary()) / area : 0;
                if (share > SLIVER_SHARE) {
                    holders.add(Map.entry(parent, share));
                }
            }
            holders.sort(Map.Entry.<AdminUnit, Double>comparingByValue().reversed());
            String parentLevel = units.get(0).level().id();
            if (holders.isEmpty()) {
                throw new InvalidInputException(unit.describe() + " lies in no " + parentLevel
                        + " (not more than " + pct(SLIVER_SHARE) + " of it inside any); give it a parent_code or"
                        + " check its coordinate system");
            }
            if (holders.size() > 1) {
                throw new InvalidInputException(unit.describe() + " lies in two " + parentLevel + "s: "
                        + holders.get(0).getKey().code() + " (" + pct(holders.get(0).getValue()) + ") and "
                        + holders.get(1).getKey().code() + " (" + pct(holders.get(1).getValue())
                        + "); give it a parent_code or split it");
            }
            return holders.get(0).getKey();
        }

        /** Areas in square degrees: only their ratio is used, and within one unit it is that of square metres. */
        private static double overlapArea(Geometry unit, Geometry parent) {
            return OverlayNGRobust.overlay(unit, parent, OverlayNG.INTERSECTION).getArea();
        }

        private static String pct(double share) {
            return Math.round(share * 100) + " %";
        }
    }
}
