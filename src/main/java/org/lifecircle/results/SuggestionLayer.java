package org.lifecircle.results;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.plan.Suggestion;
import org.lifecircle.plan.SuggestionResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The suggested sites as a point layer: suggestions.csv, suggestions.geojson, the report's table, exports. */
public final class SuggestionLayer {

    public static final String NAME = "suggestions";
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private SuggestionLayer() {
    }

    public static List<LayerField> fields() {
        return List.of(LayerField.integer("rank", "建议顺序", ""), LayerField.text("candidate_id", "候选点编号"),
                LayerField.text("name", "候选点名称"), LayerField.real("lon", "经度", "degrees", 7),
                LayerField.real("lat", "纬度", "degrees", 7),
                LayerField.real("added_covered_demand", "新增覆盖需求人口", "residents", 1),
                LayerField.real("cumulative_covered_demand", "累计覆盖需求人口", "residents", 1),
                LayerField.real("cumulative_covered_pct", "累计覆盖率", "%", 2));
    }

    public static Layer of(SuggestionResult result) {
        List<LayerField> fields = fields();
        List<LayerFeature> features = new ArrayList<>();
        for (Suggestion s : result.suggestions()) {
            features.add(RunLayers.feature(fields, GEOMETRY.createPoint(new Coordinate(s.site().lon(), s.site().lat())),
                    s.rank(), s.site().id(), s.site().name(), s.site().lon(), s.site().lat(), s.addedDemand(),
                    s.cumulativeDemand(), s.cumulativePct()));
        }
        return new Layer(NAME, GeometryKind.POINT, fields, features);
    }
}
