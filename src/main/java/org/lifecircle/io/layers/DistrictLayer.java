package org.lifecircle.io.layers;

import java.util.ArrayList;
import java.util.List;
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
            Geometry boundary = feature.geometry();
            if (!boundary.isValid()) {
                boundary = GeometryFixer.fix(boundary);
                repaired.add(feature.location() + " (" + name + ")");
            }
            out.add(new District(code, name, boundary));
        }
        return out;
    }

    public List<String> repaired() {
        return List.copyOf(repaired);
    }
}
