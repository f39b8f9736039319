package org.lifecircle.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.CategoryCoverage;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.io.AtomicFiles;
import org.lifecircle.model.Category;
import org.lifecircle.model.ResidentialArea;

/**
 * gaps.geojson: the areas not covered for at least one category, with per category the distance
 * to the nearest facility (null beyond the search limit) and the covered flag.
 */
public final class GapsGeoJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private GapsGeoJsonWriter() {
    }

    public static void write(Path file, CoverageResult result, DistrictAssignment districts) {
        AtomicFiles.writeText(file, writer -> {
            try (JsonGenerator json = JSON.createGenerator(writer)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartObject();
                json.writeStringField("type", "FeatureCollection");
                json.writeArrayFieldStart("features");
                for (AreaCoverage coverage : result.coverage()) {
                    if (isGap(coverage)) {
                        feature(json, result, districts, coverage);
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        });
    }

    static boolean isGap(AreaCoverage coverage) {
        return coverage.byCategory().values().stream().anyMatch(c -> !c.covered());
    }

    private static void feature(JsonGenerator json, CoverageResult result, DistrictAssignment districts,
                                AreaCoverage coverage) throws IOException {
        int a = coverage.area();
        ResidentialArea area = result.areas().get(a);
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("properties");
        json.writeNumberField("area_id", a + 1);
        json.writeStringField("source_id", area.sourceId());
        json.writeStringField("name", area.name());
        json.writeStringField("district_code", districts.code(a));
        json.writeStringField("district_name", districts.name(a));
        if (area.population().isKnown()) {
            json.writeNumberField("population", Math.round(area.population().residents()));
        } else {
            json.writeNullField("population");
        }
        json.writeStringField("population_source", area.population().source().id());
        for (Category category : result.profile().categories()) {
            CategoryCoverage c = coverage.get(category);
            if (c.hasDistance()) {
                json.writeNumberField(category.id() + "_distance_m", Math.round(c.distanceMeters() * 10) / 10.0);
                json.writeStringField(category.id() + "_facility_id", result.facilities().get(c.facility()).id());
            } else {
                json.writeNullField(category.id() + "_distance_m");
                json.writeNullField(category.id() + "_facility_id");
            }
            json.writeBooleanField(category.id() + "_covered", c.covered());
        }
        json.writeEndObject();
        json.writeFieldName("geometry");
        GeoJsonGeometry.write(json, area.polygon());
        json.writeEndObject();
    }
}
