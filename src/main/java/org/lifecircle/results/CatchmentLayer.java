package org.lifecircle.results;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.catchment.CatchmentPolygon;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;

/** The catchments export layer: one polygon per facility (or per category, dissolved) and band. */
public final class CatchmentLayer {

    private CatchmentLayer() {
    }

    /**
     * One catchment polygon and what it belongs to.
     *
     * @param category the facilities' category
     * @param facility the facility, or null for a dissolved polygon
     * @param polygon the polygon
     * @param bandMinutes the band as minutes of walking, or null when it was given in metres
     */
    public record Catchment(Category category, Facility facility, CatchmentPolygon polygon, Double bandMinutes) {
    }

    /** The layer; polygons that are empty (nothing reached) are left out. */
    public static Layer of(List<Catchment> catchments) {
        List<LayerField> fields = List.of(LayerField.text("form", "形式（overlap/dissolve/split）"),
                LayerField.text("category", "设施类别"), LayerField.text("facility_id", "设施编号"),
                LayerField.text("facility_name", "设施名称"), LayerField.real("max_walk_m", "步行距离上限（米）", "m", 1),
                LayerField.real("band_minutes", "步行时间（分钟）", "min", 1),
                LayerField.real("area_m2", "面积（平方米）", "m2", 1));
        List<LayerFeature> features = new ArrayList<>();
        for (Catchment c : catchments) {
            if (c.polygon().lonLat().isEmpty()) {
                continue;
            }
            features.add(RunLayers.feature(fields, c.polygon().lonLat(), c.polygon().form().id(), c.category().id(),
                    c.facility() == null ? null : c.facility().id(), c.facility() == null ? null : c.facility().name(),
                    c.polygon().maxWalkMeters(), c.bandMinutes(), c.polygon().areaSquareMeters()));
        }
        return new Layer("catchments", GeometryKind.POLYGON, fields, features);
    }
}
