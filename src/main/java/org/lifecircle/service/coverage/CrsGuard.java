package org.lifecircle.service.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.crs.ChineseOffsets;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.LonLat;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.network.Snap;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Says when an input file's features fit the walking network, or the other inputs, clearly better
 * after a GCJ-02 or BD-09 shift (or without one) than as they were read: the file's coordinates
 * are then most likely in that system and the file name lacks its suffix ({@code @gcj02}), or
 * carries the wrong one.
 *
 * <p>Facility and residential files: the median distance from the file's points (facility
 * points; the vertices of area outlines, at most {@link #MAX_POINTS} spread over the file) to the
 * nearest walkable way, counted only for points inside the network's bounding box and capped at
 * {@link #CAP_METERS}, as read and as if read in each other system. Facilities sit on streets and
 * outlines follow them, so the right system gives the smallest median; a 200-500 m offset puts the
 * points at random places between the ways. District files: how many residential areas their
 * outlines cut through ({@link DistrictFit}). Projected systems are not checked.
 */
final class CrsGuard {

    /** Below this many points (or areas) inside the network's box a count says little: one-row lists stay silent. */
    static final int MIN_POINTS = 10;
    static final int MAX_POINTS = 4_000;
    /** Distances are capped here (a point farther than this from every way is off either way). */
    static final double CAP_METERS = 300;
    /**
     * A reading in another system must halve the statistic (the median distance to the network, or
     * the count of areas an outline cuts through) and gain at least MIN_GAIN_METERS or
     * MIN_STRADDLING_GAIN areas. Why (measured by {@code CrsGuardTest} and on the other real extracts):
     * read right, the medians were 10 m (demo facilities with @gcj02), 11 m (demo areas), 13-36 m
     * (OSM-derived facilities and areas of Chengdu, Beijing Haidian, Shenzhen Longgang), and no other
     * reading ever halved one (the closest: Chengdu's OSM facilities, 31 m as read and 30 m as if
     * GCJ-02: in that extract facilities cannot tell the systems apart at all); read wrong, the demo
     * facilities without @gcj02 lie 40 m away and 10 m as GCJ-02. Chengdu's outlines cut through 3
     * of its 349 areas read right (the GCJ-02 file with @gcj02, or the WGS84 file; other readings
     * 9-22) and 9 read wrong (the GCJ-02 file without @gcj02: 3 as GCJ-02); the demo's outlines cut 0
     * read right (5-8 otherwise). A gain of 4 areas catches Chengdu's 6 and stays clear of every
     * right reading, whose other readings were never lower.
     */
    static final double MAX_RATIO = 0.5;
    static final double MIN_GAIN_METERS = 15;
    static final int MIN_STRADDLING_GAIN = 4;
    private static final List<CrsSpec> OFFSET_SYSTEMS = List.of(CrsSpec.wgs84(), CrsSpec.gcj02(), CrsSpec.bd09());

    private final Snapper snapper;
    private final LonLatBounds bounds;

    CrsGuard(WalkingGraph graph) {
        this.snapper = new Snapper(graph, CAP_METERS);
        this.bounds = graph.edgeIndex().bounds();
    }

    /**
     * The medians of a file read in {@code readAs} (empty: what it declares, else WGS84), as read and
     * as if its coordinates were in each other system; empty when that cannot be told (a projected
     * system, fewer than MIN_POINTS points inside the network's box).
     *
     * @param asReadMeters the median as read
     * @param otherMeters per other system (wgs84, gcj02, bd09 without the one read), its median
     */
    record Fit(CrsSpec read, double asReadMeters, Map<CrsSpec, Double> otherMeters) {

        /** The other system that fits clearly better, if one does. */
        Optional<CrsSpec> findBetter() {
            return otherMeters.entrySet().stream().filter(e -> e.getValue() < MAX_RATIO * asReadMeters
                    && asReadMeters - e.getValue() > MIN_GAIN_METERS).min(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey);
        }
    }

    Optional<Fit> findFit(Optional<CrsSpec> readAs, List<SourceFeature> features) {
        Optional<CrsSpec> read = readAs.isEmpty() ? Optional.of(CrsSpec.wgs84()) : readAs.filter(CrsGuard::shiftable);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<LonLat> points = points(features);
        if (points.size() < MIN_POINTS) {
            return Optional.empty();
        }
        List<LonLat> raw = points.stream().map(p -> toRaw(read.get(), p)).toList();
        Map<CrsSpec, Double> others = new LinkedHashMap<>();
        for (CrsSpec other : OFFSET_SYSTEMS) {
            if (other.kind() != read.get().kind()) {
                others.put(other, medianMeters(raw.stream().map(p -> fromRaw(other, p)).toList()));
            }
        }
        return Optional.of(new Fit(read.get(), medianMeters(points), others));
    }

    /** The warning for a file whose features fit clearly better in another system; empty otherwise. */
    Optional<String> check(String fileName, Optional<CrsSpec> readAs, List<SourceFeature> features) {
        return findFit(readAs, features).flatMap(fit -> fit.findBetter().map(better -> String.format(Locale.ROOT,
                "%s: its features lie %.0f m (median) from the walking network as read in %s, but %.0f m if its"
                        + " coordinates are %s: is it %s@%s?", fileName, fit.asReadMeters(), fit.read(),
                fit.otherMeters().get(better), better, fileName, better)));
    }

    /**
     * District outlines are checked against the residential areas instead of the network: the
     * Chengdu outlines' vertices inside the extract lie more than 300 m from any walkable way in
     * every reading (they follow rivers and ring roads), so their median says nothing. Outlines
     * follow streets and rivers, so few compounds straddle one when it is read right; shifted by
     * 200-500 m, the line cuts through blocks.
     *
     * @param areas the areas whose centre lies inside the network's box
     * @param asReadStraddling how many of them an outline cuts through as read
     * @param otherStraddling that count per other system
     */
    record DistrictFit(CrsSpec read, int areas, int asReadStraddling, Map<CrsSpec, Integer> otherStraddling) {

        /** The other system that fits clearly better, if one does. */
        Optional<CrsSpec> findBetter() {
            return otherStraddling.entrySet().stream().filter(e -> e.getValue() <= MAX_RATIO * asReadStraddling
                    && asReadStraddling - e.getValue() >= MIN_STRADDLING_GAIN).min(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey);
        }
    }

    Optional<DistrictFit> findDistrictFit(Optional<CrsSpec> readAs, List<Geometry> districts, List<Geometry> areas) {
        Optional<CrsSpec> read = readAs.isEmpty() ? Optional.of(CrsSpec.wgs84()) : readAs.filter(CrsGuard::shiftable);
        List<Geometry> inside = areas.stream().filter(a -> bounds.contains(a.getCentroid().getX(),
                a.getCentroid().getY())).toList();
        if (read.isEmpty() || districts.isEmpty() || inside.size() < MIN_POINTS) {
            return Optional.empty();
        }
        Map<CrsSpec, Integer> others = new LinkedHashMap<>();
        for (CrsSpec other : OFFSET_SYSTEMS) {
            if (other.kind() != read.get().kind()) {
                others.put(other, straddling(districts.stream().map(d -> shifted(d, read.get(), other)).toList(), inside));
            }
        }
        return Optional.of(new DistrictFit(read.get(), inside.size(), straddling(districts, inside), others));
    }

    /** The warning for a district file whose outlines fit the areas clearly better in another system. */
    Optional<String> checkDistricts(String fileName, Optional<CrsSpec> readAs, List<Geometry> districts,
                                    List<Geometry> areas) {
        return findDistrictFit(readAs, districts, areas).flatMap(fit -> fit.findBetter().map(better -> String.format(
                Locale.ROOT, "%s: its outlines cut through %d of the %d residential areas as read in %s, but through"
                        + " %d if its coordinates are %s: is it %s@%s?", fileName, fit.asReadStraddling(), fit.areas(),
                fit.read(), fit.otherStraddling().get(better), better, fileName, better)));
    }

    /** How many of the areas an outline cuts through (parts of one area in two districts). */
    private static int straddling(List<Geometry> districts, List<Geometry> areas) {
        List<PreparedGeometry> outlines = districts.stream().map(d -> PreparedGeometryFactory.prepare(d.getBoundary()))
                .toList();
        return (int) areas.stream().filter(a -> outlines.stream().anyMatch(o -> o.intersects(a))).count();
    }

    /** The geometry as if its raw coordinates were in {@code other} rather than {@code read}. */
    private static Geometry shifted(Geometry geometry, CrsSpec read, CrsSpec other) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                LonLat moved = fromRaw(other, toRaw(read, new LonLat(sequence.getX(i), sequence.getY(i))));
                sequence.setOrdinate(i, 0, moved.lon());
                sequence.setOrdinate(i, 1, moved.lat());
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    /** The systems that differ from each other by the Chinese offsets only (CGCS2000 is WGS84 here). */
    private static boolean shiftable(CrsSpec crs) {
        return crs.isWgs84Equivalent() || crs.kind() == CrsSpec.Kind.GCJ02 || crs.kind() == CrsSpec.Kind.BD09;
    }

    private static LonLat toRaw(CrsSpec read, LonLat wgs84) {
        return switch (read.kind()) {
            case GCJ02 -> ChineseOffsets.wgs84ToGcj02(wgs84.lon(), wgs84.lat());
            case BD09 -> ChineseOffsets.wgs84ToBd09(wgs84.lon(), wgs84.lat());
            default -> wgs84;
        };
    }

    private static LonLat fromRaw(CrsSpec system, LonLat raw) {
        return switch (system.kind()) {
            case GCJ02 -> ChineseOffsets.gcj02ToWgs84(raw.lon(), raw.lat());
            case BD09 -> ChineseOffsets.bd09ToWgs84(raw.lon(), raw.lat());
            default -> raw;
        };
    }

    /** The features' vertices inside the network's box, thinned evenly to at most MAX_POINTS. */
    private List<LonLat> points(List<SourceFeature> features) {
        List<LonLat> inside = new ArrayList<>();
        for (SourceFeature feature : features) {
            for (Coordinate c : feature.geometry().getCoordinates()) {
                if (bounds.contains(c.x, c.y)) {
                    inside.add(new LonLat(c.x, c.y));
                }
            }
        }
        if (inside.size() <= MAX_POINTS) {
            return inside;
        }
        List<LonLat> thinned = new ArrayList<>(MAX_POINTS);
        for (int i = 0; i < MAX_POINTS; i++) {
            thinned.add(inside.get((int) ((long) i * inside.size() / MAX_POINTS)));
        }
        return thinned;
    }

    private double medianMeters(List<LonLat> points) {
        double[] meters = new double[points.size()];
        for (int i = 0; i < meters.length; i++) {
            LonLat p = points.get(i);
            meters[i] = snapper.findSnap(p.lon(), p.lat()).map(Snap::snapDistanceMeters).orElse(CAP_METERS);
        }
        Arrays.sort(meters);
        int n = meters.length;
        return n % 2 == 1 ? meters[n / 2] : (meters[n / 2 - 1] + meters[n / 2]) / 2;
    }
}
