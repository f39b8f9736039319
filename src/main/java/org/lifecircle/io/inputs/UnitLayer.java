package org.lifecircle.io.inputs;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.units.AdminUnit;
import org.lifecircle.units.UnitLevel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads the street or community boundaries of {@code --units LEVEL=FILE}: code from
 * {@code LEVEL_code}, code, adcode, 区划代码 (else the name), name, and the parent's code from
 * parent_code / 上级代码 / {@code PARENTLEVEL_code} when given. Districts are read by
 * {@link DistrictLayer}. Self-intersecting boundaries are repaired and counted; unique codes are
 * checked when parents are resolved.
 */
public final class UnitLayer {

    private final UnitLevel level;
    private final List<String> repaired = new ArrayList<>();

    public UnitLayer(UnitLevel level) {
        this.level = level;
    }

    public List<AdminUnit> units(List<SourceFeature> features) {
        List<AdminUnit> out = new ArrayList<>();
        List<String> codeColumns = List.of(level.id() + "_code", "code", "adcode", "区划代码", "行政区划代码",
                "统计用区划代码");
        List<String> parentColumns = new ArrayList<>(List.of("parent_code", "上级代码", "上级区划代码"));
        level.larger().ifPresent(larger -> parentColumns.add(larger.id() + "_code"));
        for (SourceFeature feature : features) {
            if (feature.geometry().getDimension() != 2) {
                throw new InvalidInputException(feature.location() + ": " + level.id()
                        + " boundaries must be polygons, got " + feature.geometry().getGeometryType());
            }
            String name = Columns.findText(feature, Columns.NAME).orElse("");
            String code = Columns.findText(feature, codeColumns).orElse(name);
            if (code.isEmpty()) {
                throw new InvalidInputException(feature.location() + ": " + level.id()
                        + " has neither a code nor a name");
            }
            Geometry boundary = feature.geometry();
            if (!boundary.isValid()) {
                boundary = GeometryFixer.fix(boundary);
                repaired.add(feature.location() + " (" + name + ")");
            }
            out.add(new AdminUnit(level, code, name, Columns.findText(feature, parentColumns).orElse(""), boundary,
                    feature.location()));
        }
        return out;
    }

    public List<String> repaired() {
        return List.copyOf(repaired);
    }
}
