package org.lifecircle.demo;

import java.util.List;

/**
 * A residential area of the plan.
 *
 * @param id stable identifier written to the files, e.g. XL-03
 * @param name Chinese name
 * @param districtCode the adcode of its district
 * @param outline its outline
 * @param gated true for a gated compound (reached through its gates), false for an open neighbourhood
 * @param gates the gates of a gated compound; empty for an open neighbourhood
 * @param residentsPerHectare density used for its population
 */
record Area(String id, String name, String districtCode, Rect outline, boolean gated, List<Gate> gates,
            double residentsPerHectare) {

    Area {
        gates = List.copyOf(gates);
        for (Gate gate : gates) {
            if (!outline.isOnOutline(gate.onOutline())) {
                throw new IllegalArgumentException(id + ": gate " + gate.name() + " is not on the outline");
            }
        }
        boolean hasOpenGate = gates.stream().anyMatch(gate -> !gate.locked());
        if (gated != hasOpenGate) {
            throw new IllegalArgumentException(id + ": a gated compound needs an open gate;"
                    + " an open neighbourhood has no gates");
        }
    }

    static Area compound(String id, String name, String districtCode, Rect outline, double residentsPerHectare,
                         Gate... gates) {
        return new Area(id, name, districtCode, outline, true, List.of(gates), residentsPerHectare);
    }

    static Area open(String id, String name, String districtCode, Rect outline, double residentsPerHectare) {
        return new Area(id, name, districtCode, outline, false, List.of(), residentsPerHectare);
    }
}
