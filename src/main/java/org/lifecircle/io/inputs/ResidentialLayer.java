package org.lifecircle.io.inputs;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.AgeCounts;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/** Reads residential areas from a polygon file; invalid polygons are repaired and counted. */
public final class ResidentialLayer {

    /**
     * 1,000 km2 of floor, the land of a large district: no compound comes near it, and estimating
     * from more would give more residents than {@link Population#MAX_AREA_RESIDENTS}.
     */
    static final double MAX_FLOOR_AREA_SQUARE_METERS = 1e9;

    private final List<String> repaired = new ArrayList<>();

    public List<ResidentialArea> areas(List<SourceFeature> features) {
        List<ResidentialArea> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            SourceFeature feature = features.get(i);
            Geometry polygon = polygon(feature);
            Population population = Columns.findNumber(feature, Columns.POPULATION, Population.MAX_AREA_RESIDENTS,
                    "residents for one area").map(p -> new Population(p, Population.Source.ATTRIBUTE))
                    .orElse(Population.unknown());
            double floorArea = Columns.findNumber(feature, Columns.FLOOR_AREA, MAX_FLOOR_AREA_SQUARE_METERS,
                    "m2 of floor for one area").orElse(Double.NaN);
            String kind = feature.findText("kind").orElse("file");
            out.add(new ResidentialArea(FeatureIds.of(feature, i), Columns.findText(feature, Columns.NAME).orElse(""),
                    kind, polygon, population, List.of(), floorArea, ages(feature, population)));
        }
        return out;
    }

    /**
     * The age counts the feature gives (pop_0_2, pop_3_5, pop_60_plus or their Chinese names); none
     * may be negative or exceed the area's population.
     */
    private static AgeCounts ages(SourceFeature feature, Population population) {
        double[] counts = new double[3];
        List<List<String>> columns = List.of(Columns.AGE_0_2, Columns.AGE_3_5, Columns.AGE_60_PLUS);
        for (int g = 0; g < 3; g++) {
            counts[g] = Columns.findNumber(feature, columns.get(g), Population.MAX_AREA_RESIDENTS,
                    "residents for one area").orElse(Double.NaN);
            if (population.isKnown() && counts[g] > population.residents()) {
                throw new InvalidInputException(feature.location() + ": " + Columns.findName(feature, columns.get(g))
                        .orElseThrow() + " " + Math.round(counts[g]) + " is more than the area's population "
                        + Math.round(population.residents()));
            }
        }
        AgeCounts ages = new AgeCounts(counts[0], counts[1], counts[2], AgeCounts.Source.ATTRIBUTE);
        return ages.anyGiven() ? ages : AgeCounts.unknown();
    }

    /** Locations of features whose polygons had to be repaired. */
    public List<String> repaired() {
        return List.copyOf(repaired);
    }

    private Geometry polygon(SourceFeature feature) {
        Geometry geometry = feature.geometry();
        if (geometry.getDimension() != 2) {
            throw new InvalidInputException(feature.location() + ": residential areas must be polygons, got "
                    + geometry.getGeometryType());
        }
        if (geometry.isValid()) {
            return geometry;
        }
        Geometry fixed = GeometryFixer.fix(geometry);
        if (fixed.isEmpty() || fixed.getDimension() != 2) {
            throw new InvalidInputException(feature.location() + ": polygon is invalid and cannot be repaired"
                    + " (fewer than 3 distinct points?)");
        }
        repaired.add(feature.location());
        return fixed;
    }
}
