package org.lifecircle.demo.city;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.lifecircle.crs.ChineseOffsets;
import org.lifecircle.crs.LonLat;
import org.lifecircle.io.csv.Decimals;
import org.lifecircle.io.files.AtomicFiles;

/**
 * facilities.csv (GCJ-02, 6 decimals, as web maps give coordinates): elderly care in three tiers
 * tied to the units (a district centre per district, a day-care station per street, a service
 * station in one community of five), the planted gaps' facilities, then the other kinds placed by
 * cell at their rate per million walking nodes. Most stand on a street front 7 m from the street's
 * centre line (the street is nearer than any compound path); three in ten stand inside a compound,
 * by its central path crossing. Facilities of the elderly-care rule within
 * {@value CityPlan#PLANTED_CLEAR_METERS} m of a planted compound are left out.
 */
final class CityFacilities {

    static final String HEADER = "id,name,category,subtype,tier,capacity,lon,lat";
    private static final int GCJ02_PLACES = 6;
    private static final double STREET_FRONT_METERS = 7;
    private static final double INSIDE_SHARE = 0.3;
    /** One community in five has its own service station (the 社区养老服务站 tier). */
    private static final double COMMUNITY_SITE_SHARE = 0.2;

    private final CityPlan plan;
    private final CityUnits units;
    private final CityProjection projection;
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> plantedIds = new ArrayList<>();
    private final StringBuilder line = new StringBuilder(160);
    private Writer writer;
    private int written;

    CityFacilities(CityPlan plan, CityUnits units, CityProjection projection) {
        this.plan = plan;
        this.units = units;
        this.projection = projection;
    }

    /** The planted gaps' facilities in {@link CityGaps#plantedFacilities} order: elderly care, then canteen, for each. */
    List<String> plantedIds() {
        return plantedIds;
    }

    int written() {
        return written;
    }

    void write(Path file) {
        AtomicFiles.writeText(file, out -> {
            writer = out;
            out.write(HEADER + "\n");
            unitTiers();
            for (double[] planted : CityGaps.plantedFacilities(plan)) {
                plantedIds.add(facility(FacilityKind.ELDERLY_STREET, planted[0], planted[1], "", plan.random(0, 0, 9)));
                plantedIds.add(facility(FacilityKind.CANTEEN, planted[0], planted[1], "", plan.random(0, 0, 10)));
            }
            for (int r = 0; r < plan.rows(); r++) {
                for (int c = 0; c < plan.columns(); c++) {
                    byCell(c, r);
                }
            }
        });
    }

    private void unitTiers() throws IOException {
        for (int d = 0; d < units.districts(); d++) {
            placeInBox(FacilityKind.ELDERLY_DISTRICT, units.districtBox(d), CityNames.district(d), 100 + d);
        }
        for (int s = 0; s < units.streets(); s++) {
            placeInBox(FacilityKind.ELDERLY_STREET, units.streetBox(s), CityNames.street(s), 200 + s);
        }
        for (int m = 0; m < units.communities(); m++) {
            SplittableRandom random = plan.random(m, -1, 4);
            if (random.nextDouble() < COMMUNITY_SITE_SHARE) {
                placeInBox(FacilityKind.ELDERLY_COMMUNITY, units.communityBox(m), CityNames.community(m), 300 + m);
            }
        }
    }

    /** On the street front of the box's centre cell (moved off water and railway land). */
    private void placeInBox(FacilityKind kind, int[] box, String unitName, int salt) throws IOException {
        int c = (box[0] + box[2]) / 2;
        int r = (box[1] + box[3]) / 2;
        c = plan.kind(c, r) == CityPlan.Kind.WATER ? c - 1 : c;
        r = plan.kind(c, r) == CityPlan.Kind.RAIL ? r + 1 : r;
        SplittableRandom random = plan.random(c, r, salt);
        double[] spot = streetFront(c, r, random);
        if (!nearPlantedGap(kind, spot)) {
            facility(kind, spot[0], spot[1], unitName, random);
        }
    }

    private void byCell(int c, int r) throws IOException {
        CityPlan.Kind kind = plan.kind(c, r);
        if (kind == CityPlan.Kind.WATER || kind == CityPlan.Kind.RAIL || kind == CityPlan.Kind.ESTATE_PART) {
            return;
        }
        SplittableRandom random = plan.random(c, r, 5);
        double cellsPerMillion = plan.columns() * (double) plan.rows() / (plan.size().walkingNodes() / 1e6);
        for (FacilityKind facility : FacilityKind.values()) {
            if (facility.perMillionNodes == 0 || random.nextDouble() >= facility.perMillionNodes / cellsPerMillion) {
                continue;
            }
            double[] spot = random.nextDouble() < INSIDE_SHARE && kind != CityPlan.Kind.PARK
                    ? inside(CellLayout.of(plan, c, r)) : streetFront(c, r, random);
            if (!nearPlantedGap(facility, spot)) {
                facility(facility, spot[0], spot[1], CityNames.area(c + r * plan.columns()), random);
            }
        }
    }

    private double[] streetFront(int c, int r, SplittableRandom random) {
        double b = CityPlan.CELL_METERS;
        double along = 30 + (b - 60) * random.nextDouble();
        return switch (random.nextInt(4)) {
            case CellLayout.SOUTH -> new double[] {c * b + along, r * b + STREET_FRONT_METERS};
            case CellLayout.NORTH -> new double[] {c * b + along, (r + 1) * b - STREET_FRONT_METERS};
            case CellLayout.WEST -> new double[] {c * b + STREET_FRONT_METERS, r * b + along};
            default -> new double[] {(c + 1) * b - STREET_FRONT_METERS, r * b + along};
        };
    }

    /** 4 m east and north of the central path crossing (compounds) or street crossing (open neighbourhoods). */
    private static double[] inside(CellLayout layout) {
        int node = layout.centreNode();
        return new double[] {layout.x(node) + 4, layout.y(node) + 4};
    }

    private boolean nearPlantedGap(FacilityKind kind, double[] spot) {
        if (!kind.servesElderlyCare()) {
            return false;
        }
        List<double[]> centres = CityGaps.plantedCentres(plan);
        for (double[] centre : centres) {
            if (Math.hypot(spot[0] - centre[0], spot[1] - centre[1]) < CityPlan.PLANTED_CLEAR_METERS) {
                return true;
            }
        }
        return false;
    }

    /** Writes one facility line; returns its id. */
    private String facility(FacilityKind kind, double x, double y, String placeName, SplittableRandom random)
            throws IOException {
        int number = counts.merge(kind.prefix, 1, Integer::sum);
        LonLat gcj02 = ChineseOffsets.wgs84ToGcj02(projection.lon(x), projection.lat(y));
        int capacity = kind.maxCapacity == 0 ? 0 : kind.minCapacity + random.nextInt(kind.maxCapacity - kind.minCapacity + 1);
        String name = (placeName.isEmpty() ? CityNames.syllables(number * 31 + kind.ordinal()) : placeName)
                + kind.nameEnding;
        line.setLength(0);
        String id = id(kind, number);
        line.append(id).append(',').append(name).append(',').append(kind.categoryValue).append(',')
                .append(kind.subtype).append(',').append(kind.tier).append(',')
                .append(capacity > 0 ? Integer.toString(capacity) : "").append(',');
        Decimals.append(line, gcj02.lon(), GCJ02_PLACES).append(',');
        Decimals.append(line, gcj02.lat(), GCJ02_PLACES).append('\n');
        writer.append(line);
        written++;
        return id;
    }

    /** Ids by kind prefix: the elderly tiers share EC (EC-000001...). */
    static String id(FacilityKind kind, int number) {
        return String.format(Locale.ROOT, "%s-%06d", kind.prefix, number);
    }
}
