package org.lifecircle.demo.city;

import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.lifecircle.io.files.AtomicFiles;

/**
 * residential.geojson (WGS84): one area per gated compound, estate and open neighbourhood, in
 * grid order, with residents and age counts; and census.csv: the same residents summed per
 * district, street and community (a row per unit, its level and parent code), as a statistics
 * bureau's table would give them.
 *
 * <p>Residents: the outline's land (2.89 ha for a compound) times 90 to 170 residents per hectare,
 * in tens (18.3 million at the default size; Tianjin had 13.9 million in 2020). Ages: 1.2-2.6 % aged 0-2, 1.4-2.8 % aged 3-5, 14-30 % aged 60 and over per area
 * (Tianjin's 21.7 % of 60+ lies in that range).
 */
final class CityResidents {

    private static final double SQUARE_METERS_PER_HECTARE = 10_000;

    private final CityPlan plan;
    private final CityUnits units;
    /** Residents and the three age groups per district, street and community. */
    private final long[][] districtSums;
    private final long[][] streetSums;
    private final long[][] communitySums;
    private int areas;
    private long residents;

    CityResidents(CityPlan plan, CityUnits units) {
        this.plan = plan;
        this.units = units;
        this.districtSums = new long[units.districts()][4];
        this.streetSums = new long[units.streets()][4];
        this.communitySums = new long[units.communities()][4];
    }

    static String areaId(int index) {
        return String.format(Locale.ROOT, "R%06d", index + 1);
    }

    int areas() {
        return areas;
    }

    long residents() {
        return residents;
    }

    void writeAreas(Path file, CityProjection projection) {
        AtomicFiles.writeText(file, writer -> {
            writer.write(GeoJsonText.header("residential", null));
            StringBuilder line = new StringBuilder(512);
            int index = 0;
            for (int r = 0; r < plan.rows(); r++) {
                for (int c = 0; c < plan.columns(); c++) {
                    CityPlan.Kind kind = plan.kind(c, r);
                    if (kind != CityPlan.Kind.COMPOUND && kind != CityPlan.Kind.ESTATE && kind != CityPlan.Kind.OPEN) {
                        continue;
                    }
                    line.setLength(0);
                    if (index > 0) {
                        line.append(",\n");
                    }
                    area(line, index++, c, r, kind, projection);
                    writer.append(line);
                }
            }
            writer.write("\n]}\n");
            areas = index;
        });
    }

    private void area(StringBuilder line, int index, int c, int r, CityPlan.Kind kind, CityProjection projection) {
        int span = kind == CityPlan.Kind.ESTATE ? CityPlan.ESTATE_CELLS : 1;
        double w = CellLayout.WALL_INSET_METERS;
        double b = CityPlan.CELL_METERS;
        double[] box = {c * b + w, r * b + w, (c + span) * b - w, (r + span) * b - w};
        SplittableRandom random = plan.random(c, r, 3);
        double hectares = (box[2] - box[0]) * (box[3] - box[1]) / SQUARE_METERS_PER_HECTARE;
        long population = Math.round(hectares * (90 + 80 * random.nextDouble()) / 10) * 10;
        long[] counts = {population, Math.round(population * (0.012 + 0.014 * random.nextDouble())),
            Math.round(population * (0.014 + 0.014 * random.nextDouble())),
            Math.round(population * (0.14 + 0.16 * random.nextDouble()))};
        int centreColumn = c + span / 2;
        int centreRow = r + span / 2;
        int community = units.community(centreColumn, centreRow);
        add(districtSums[units.district(centreColumn, centreRow)], counts);
        add(streetSums[units.street(centreColumn, centreRow)], counts);
        add(communitySums[community], counts);
        residents += population;
        String properties = "{\"id\":" + GeoJsonText.text(areaId(index)) + ",\"name\":"
                + GeoJsonText.text(CityNames.area(index)) + ",\"kind\":"
                + GeoJsonText.text(kind == CityPlan.Kind.OPEN ? "open_neighbourhood" : "gated_compound")
                + ",\"population\":" + counts[0] + ",\"pop_0_2\":" + counts[1] + ",\"pop_3_5\":" + counts[2]
                + ",\"pop_60_plus\":" + counts[3] + ",\"community_code\":"
                + GeoJsonText.text(units.communityCode(community)) + "}";
        GeoJsonText.feature(line, properties, box, projection);
    }

    private static void add(long[] sums, long[] counts) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += counts[i];
        }
    }

    /** census.csv; call after {@link #writeAreas}. */
    void writeCensus(Path file) {
        AtomicFiles.writeText(file, writer -> {
            writer.write("code,name,level,parent_code,population,pop_0_2,pop_3_5,pop_60_plus\n");
            for (int d = 0; d < units.districts(); d++) {
                writer.write(row(units.districtCode(d), CityNames.district(d), "district", CityUnits.CITY_CODE,
                        districtSums[d]));
            }
            for (int s = 0; s < units.streets(); s++) {
                writer.write(row(units.streetCode(s), CityNames.street(s), "street",
                        units.districtCode(units.districtOfStreet(s)), streetSums[s]));
            }
            for (int m = 0; m < units.communities(); m++) {
                writer.write(row(units.communityCode(m), CityNames.community(m), "community",
                        units.streetCode(units.streetOfCommunity(m)), communitySums[m]));
            }
        });
    }

    private static String row(String code, String name, String level, String parent, long[] sums) {
        return code + "," + name + "," + level + "," + parent + "," + sums[0] + "," + sums[1] + "," + sums[2] + ","
                + sums[3] + "\n";
    }
}
