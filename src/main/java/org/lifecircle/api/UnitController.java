package org.lifecircle.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import org.lifecircle.service.map.MapService;
import org.lifecircle.units.UnitLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The units of a level (district, street, community) with their coverage, and their tier checks. */
@RestController
@RequestMapping("/api/datasets/{dataset}/units")
class UnitController {

    private static final String LEVEL = "district, street or community; 400 for another value, 404 when the dataset"
            + " has no units of that level";

    private final MapService map;
    private final GeoJsonFeatures geoJson;

    UnitController(MapService map, ObjectMapper mapper) {
        this.map = map;
        this.geoJson = new GeoJsonFeatures(mapper);
    }

    @GetMapping
    @Operation(summary = "A level's unit outlines (simplified for the zoom) with units.csv's fields: level, code, name,"
            + " parent_code, status, areas, population and per category the coverage figures")
    ResponseEntity<String> units(@PathVariable String dataset,
                                 @Parameter(description = LEVEL) @RequestParam UnitLevel level,
                                 @RequestParam(required = false) Integer zoom,
                                 @RequestParam(required = false) Double maxWalkMeters) {
        return MapController.geo(geoJson.layer(map.units(dataset, level, RequestParams.zoom(zoom),
                RequestParams.maxWalkMeters(maxWalkMeters))));
    }

    @GetMapping("/tiers")
    @Operation(summary = "The tier checks of a level's units (tiers.csv's rows: level, code, name, category,"
            + " required_tier, required_count, facilities_of_tier, present, status)")
    Map<String, List<Map<String, Object>>> tiers(@PathVariable String dataset,
                                                 @Parameter(description = LEVEL) @RequestParam UnitLevel level,
                                                 @RequestParam(required = false) Double maxWalkMeters) {
        return Map.of("rows", map.tiers(dataset, level, RequestParams.maxWalkMeters(maxWalkMeters)));
    }
}
