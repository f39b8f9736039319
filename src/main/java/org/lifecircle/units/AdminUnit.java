package org.lifecircle.units;

import java.util.Objects;
import org.lifecircle.model.District;
import org.locationtech.jts.geom.Geometry;

/**
 * One administrative unit, in WGS84.
 *
 * @param level its level
 * @param code adcode or the file's code, else the name; unique within the level
 * @param name display name
 * @param parentCode the code of its parent one level up (or two, when the middle level is not
 *     given); empty for a district, or when no larger level was given
 * @param boundary Polygon or MultiPolygon, valid
 * @param location where it was read, for messages ("streets.geojson feature 3")
 */
public record AdminUnit(UnitLevel level, String code, String name, String parentCode, Geometry boundary,
                        String location) {

    public AdminUnit {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentCode, "parentCode");
    }

    /** The same unit with its parent. */
    public AdminUnit withParent(String code) {
        return new AdminUnit(level, this.code, name, code, boundary, location);
    }

    /** The unit as a district-like grouping (what DistrictAssigner and DistrictSummary take). */
    public District asDistrict() {
        return new District(code, name, boundary);
    }

    /** "street 120101001 (劝业场街道, streets.geojson feature 3)". */
    public String describe() {
        return level.id() + " " + code + " (" + (name.isEmpty() ? "" : name + ", ") + location + ")";
    }
}
