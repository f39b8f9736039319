package org.lifecircle.io.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.lifecircle.model.CategoryValues;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Reads facilities from a feature file's rows: category through the {@link CategoryTable}, tier through the {@link TierTable}. */
public final class FacilityLayer {

    /** More places than any one facility has (the largest care homes have a few thousand beds). */
    static final double MAX_CAPACITY = 1_000_000;

    private final CategoryTable table;
    private final TierTable tiers;

    public FacilityLayer(CategoryTable table, TierTable tiers) {
        this.table = table;
        this.tiers = tiers;
    }

    /** Facilities with the shipped tier table. */
    public FacilityLayer(CategoryTable table) {
        this(table, TierTable.load());
    }

    public List<Facility> facilities(List<SourceFeature> features, String fileName) {
        List<Facility> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            out.add(facility(features.get(i), i, fileName));
        }
        return out;
    }

    private Facility facility(SourceFeature feature, int index, String fileName) {
        String value = Columns.findText(feature, Columns.CATEGORY).orElseThrow(() -> new InvalidInputException(
                feature.location() + ": no category (add a 'category' column: elderly_care, childcare, convenience,"
                        + " or a value listed in gis-data/categories.csv such as 幼儿园, 日间照料, 超市)"));
        CategoryValues.Mapping mapping = table.find(value).orElseThrow(() -> new InvalidInputException(
                feature.location() + ": unknown category '" + value + "' (add it to " + table.source() + ")"));
        String subtype = Columns.findText(feature, Columns.SUBTYPE).orElse(mapping.subtype());
        Coordinate point = accessPoint(feature.geometry());
        OptionalInt capacity = Columns.findNumber(feature, Columns.CAPACITY, MAX_CAPACITY, "places for one facility")
                .map(v -> OptionalInt.of((int) Math.round(v))).orElse(OptionalInt.empty());
        return new Facility(FeatureIds.of(feature, index), mapping.category(), subtype,
                tiers.tierOf(Columns.findText(feature, Columns.TIER).orElse(""), feature.location()),
                Columns.findText(feature, Columns.NAME).orElse(""),
                capacity, point.x, point.y, fileName, Columns.flag(feature, Columns.INCLUSIVE));
    }

    /** A point stays; a polygon is reduced to a point inside it; a line to its middle vertex. */
    private static Coordinate accessPoint(Geometry geometry) {
        if (geometry.getDimension() == 2) {
            return new InteriorPointArea(geometry).getInteriorPoint();
        }
        Coordinate[] coordinates = geometry.getCoordinates();
        return coordinates[coordinates.length / 2];
    }
}
