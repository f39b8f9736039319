package org.lifecircle.io.inputs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.model.District;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads district boundaries: code from adcode/district_code/code (else the name), name from name.
 * Self-intersecting boundaries (as some published files have) are repaired and counted.
 */
public final class DistrictLayer {

    private final List<String> repaired = new ArrayList<>();

    public List<District> districts(List<SourceFeature> features) {
        List<District> out = new ArrayList<>();
        Map<String, SourceFeature> byCode = new HashMap<>();
        for (SourceFeature feature : features) {
            if (feature.geometry().getDimension() != 2) {
                throw new InvalidInputException(feature.location() + ": district boundaries must be polygons, got "
                        + feature.geometry().getGeometryType());
            }
            String name = Columns.findText(feature, Columns.NAME).orElse("");
            String code = Columns.findText(feature, Columns.DISTRICT_CODE).orElse(name);
            if (code.isEmpty()) {
                throw new InvalidInputException(feature.location() + ": district has neither a code (adcode) nor a name");
            }
            SourceFeature earlier = byCode.putIfAbsent(code, feature);
            if (earlier != null) {
                throw sameCode(feature, earlier, code, !Columns.findText(feature, Columns.DISTRICT_CODE).isPresent());
            }
            Geometry boundary = feature.geometry();
            if (!boundary.isValid()) {
                boundary = GeometryFixer.fix(boundary);
                repaired.add(feature.location() + " (" + name + ")");
            }
            out.add(new District(code, name, boundary));
        }
        return out;
    }

    /** Two districts with one code would add up each other's areas and census total: which is meant cannot be guessed. */
    private static InvalidInputException sameCode(SourceFeature feature, SourceFeature earlier, String code,
                                                  boolean byName) {
        String what = byName ? "has no code, and its name '" + code + "' is also the name (and so the code)"
                : "has the code " + code + ", which is also the code";
        String earlierName = Columns.findText(earlier, Columns.NAME).map(n -> " (" + n + ")").orElse("");
        return new InvalidInputException(feature.location() + ": district " + what + " of " + earlier.location()
                + earlierName + "; give each district its own adcode, or merge the parts of one district into one"
                + " multipolygon");
    }

    public List<String> repaired() {
        return List.copyOf(repaired);
    }
}
