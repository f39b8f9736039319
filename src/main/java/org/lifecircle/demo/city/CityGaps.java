package org.lifecircle.demo.city;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.io.files.AtomicFiles;

/**
 * The planted gaps ({@link CityPlan}) and expected-gaps.csv, in the demo's columns: the area, the
 * profile rule, the kind (river, locked_gate), the facility just out of reach and why. Rules:
 * elderly_care and canteen of the default profile (tianjin-2022: 15 minutes at 0.8 m/s, 720 m),
 * which count the planted elderly-care station and canteen.
 */
final class CityGaps {

    static final String HEADER = "source_id,name,category,kind,nearby_facility_id,reason";
    private static final List<String> RULES = List.of("elderly_care", "canteen");

    private CityGaps() {
    }

    /** Centres (plan metres) of the planted compounds: river gaps, then estates. */
    static List<double[]> plantedCentres(CityPlan plan) {
        double b = CityPlan.CELL_METERS;
        List<double[]> centres = new ArrayList<>();
        plan.riverGaps().forEach(cell -> centres.add(new double[] {(cell.column() + 0.5) * b, (cell.row() + 0.5) * b}));
        double half = CityPlan.ESTATE_CELLS * b / 2;
        plan.estates().forEach(cell -> centres.add(new double[] {cell.column() * b + half, cell.row() * b + half}));
        return centres;
    }

    /**
     * Where the planted facilities stand: 7 m west of the west bank's street, level with the river
     * compound (about 220 m from its wall across the water); 7 m south of the street in front of an
     * estate's locked gate (22 m from its wall).
     */
    static List<double[]> plantedFacilities(CityPlan plan) {
        double b = CityPlan.CELL_METERS;
        List<double[]> spots = new ArrayList<>();
        plan.riverGaps().forEach(cell -> spots.add(new double[] {plan.riverColumn() * b - 7, (cell.row() + 0.5) * b}));
        double half = CityPlan.ESTATE_CELLS * b / 2;
        plan.estates().forEach(cell -> spots.add(new double[] {cell.column() * b + half, cell.row() * b - 7}));
        return spots;
    }

    static void write(Path file, CityPlan plan, List<String> plantedIds) {
        List<CityPlan.Cell> cells = new ArrayList<>(plan.riverGaps());
        cells.addAll(plan.estates());
        AtomicFiles.writeText(file, writer -> {
            writer.write(HEADER + "\n");
            for (int g = 0; g < cells.size(); g++) {
                int area = areaIndex(plan, cells.get(g));
                String name = CityNames.area(area);
                boolean river = g < plan.riverGaps().size();
                for (int rule = 0; rule < RULES.size(); rule++) {
                    String facility = plantedIds.get(2 * g + rule);
                    String reason = river
                            ? name + " is about 220 m across the river from " + facility + "; the bridges are 600 m"
                                + " and more up and down the river so the walk is over 720 m"
                            : name + "'s south gate towards " + facility + " (22 m outside its wall) is locked; from"
                                + " its north gate the walk round the 600 m estate is over 720 m";
                    writer.write(CityResidents.areaId(area) + "," + name + "," + RULES.get(rule) + ","
                            + (river ? "river" : "locked_gate") + "," + facility + "," + reason + "\n");
                }
            }
        });
    }

    /** The index of the cell's area among all areas (grid order, as residential.geojson lists them). */
    private static int areaIndex(CityPlan plan, CityPlan.Cell cell) {
        int index = 0;
        for (int r = 0; r < plan.rows(); r++) {
            for (int c = 0; c < plan.columns(); c++) {
                if (c == cell.column() && r == cell.row()) {
                    return index;
                }
                CityPlan.Kind kind = plan.kind(c, r);
                index += kind == CityPlan.Kind.COMPOUND || kind == CityPlan.Kind.ESTATE || kind == CityPlan.Kind.OPEN
                        ? 1 : 0;
            }
        }
        throw new IllegalStateException("plan error: no cell " + cell);
    }
}
