package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes crossing lines share a vertex wherever they meet, so that the written ways share a node
 * there (a junction) as OSM expects. Every pair of segments of different lines is intersected; a
 * meeting point, including one line ending on another, becomes a vertex of both. Lines that run
 * along each other for a stretch are a mistake in the plan and rejected.
 */
final class Noding {

    private static final double EPSILON = 1e-9;

    /** A point to insert into segment {@code segment} of a line, at {@code fraction} along it. */
    private record Insertion(int segment, double fraction, Xy point) {
    }

    private Noding() {
    }

    static List<List<Xy>> node(List<List<Xy>> lines) {
        List<List<Insertion>> insertions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            insertions.add(new ArrayList<>());
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                intersectLines(lines.get(i), lines.get(j), insertions.get(i), insertions.get(j));
            }
        }
        List<List<Xy>> noded = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            noded.add(withInsertions(lines.get(i), insertions.get(i)));
        }
        return noded;
    }

    private static void intersectLines(List<Xy> a, List<Xy> b, List<Insertion> intoA, List<Insertion> intoB) {
        for (int s = 0; s + 1 < a.size(); s++) {
            for (int t = 0; t + 1 < b.size(); t++) {
                Xy p = a.get(s);
                Xy r = difference(a.get(s + 1), p);
                Xy q = b.get(t);
                Xy d = difference(b.get(t + 1), q);
                double denominator = cross(r, d);
                if (Math.abs(denominator) < EPSILON) {
                    requireNoOverlap(p, a.get(s + 1), q, b.get(t + 1));
                    touchEnds(p, a.get(s + 1), q, b.get(t + 1), s, t, intoA, intoB);
                    continue;
                }
                Xy qp = difference(q, p);
                double alongA = cross(qp, d) / denominator;
                double alongB = cross(qp, r) / denominator;
                if (within(alongA) && within(alongB)) {
                    Xy meeting = Xy.of(p.eastMeters() + alongA * r.eastMeters(),
                            p.northMeters() + alongA * r.northMeters());
                    intoA.add(new Insertion(s, clamp(alongA), meeting));
                    intoB.add(new Insertion(t, clamp(alongB), meeting));
                }
            }
        }
    }

    /** Parallel segments may only meet end to end (a road continuing as a bridge). */
    private static void touchEnds(Xy a0, Xy a1, Xy b0, Xy b1, int s, int t, List<Insertion> intoA,
                                  List<Insertion> intoB) {
        Xy[] ends = {b0, b1};
        for (int k = 0; k < ends.length; k++) {
            boolean atStart = ends[k].distanceMeters(a0) < 1e-6;
            if (atStart || ends[k].distanceMeters(a1) < 1e-6) {
                intoA.add(new Insertion(s, atStart ? 0 : 1, ends[k]));
                intoB.add(new Insertion(t, k, ends[k]));
            }
        }
    }

    private static void requireNoOverlap(Xy a0, Xy a1, Xy b0, Xy b1) {
        Xy r = difference(a1, a0);
        if (Math.abs(cross(r, difference(b0, a0))) > EPSILON * Math.max(1, r.distanceMeters(Xy.of(0, 0)))) {
            return;
        }
        double length = r.eastMeters() * r.eastMeters() + r.northMeters() * r.northMeters();
        double f0 = dot(difference(b0, a0), r) / length;
        double f1 = dot(difference(b1, a0), r) / length;
        double overlap = Math.min(1, Math.max(f0, f1)) - Math.max(0, Math.min(f0, f1));
        if (overlap > EPSILON) {
            throw new IllegalStateException("plan error: ways overlap between " + a0 + " and " + a1);
        }
    }

    private static List<Xy> withInsertions(List<Xy> line, List<Insertion> insertions) {
        List<Insertion> sorted = new ArrayList<>(insertions);
        sorted.sort(Comparator.comparingInt(Insertion::segment).thenComparingDouble(Insertion::fraction));
        List<Xy> out = new ArrayList<>();
        int next = 0;
        for (int s = 0; s + 1 < line.size(); s++) {
            addDistinct(out, line.get(s));
            while (next < sorted.size() && sorted.get(next).segment() == s) {
                addDistinct(out, sorted.get(next++).point());
            }
        }
        addDistinct(out, line.get(line.size() - 1));
        return out;
    }

    /** Adds a point unless it repeats the last one (within a millimetre). */
    private static void addDistinct(List<Xy> out, Xy point) {
        if (out.isEmpty() || out.get(out.size() - 1).distanceMeters(point) > 1e-3) {
            out.add(point);
        }
    }

    private static boolean within(double fraction) {
        return fraction >= -EPSILON && fraction <= 1 + EPSILON;
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }

    private static Xy difference(Xy a, Xy b) {
        return Xy.of(a.eastMeters() - b.eastMeters(), a.northMeters() - b.northMeters());
    }

    private static double cross(Xy a, Xy b) {
        return a.eastMeters() * b.northMeters() - a.northMeters() * b.eastMeters();
    }

    private static double dot(Xy a, Xy b) {
        return a.eastMeters() * b.eastMeters() + a.northMeters() * b.northMeters();
    }
}
