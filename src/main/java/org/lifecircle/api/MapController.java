package org.lifecircle.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.service.map.MapService;
import org.lifecircle.service.map.MapViews.DatasetInfo;
import org.lifecircle.service.map.MapViews.DatasetSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read endpoints of the gap map: datasets, areas, facilities, network and districts. */
@RestController
@RequestMapping("/api/datasets")
class MapController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final MapService map;
    private final GeoJsonFeatures geoJson;

    MapController(MapService map, ObjectMapper mapper) {
        this.map = map;
        this.geoJson = new GeoJsonFeatures(mapper);
    }

    @GetMapping
    @Operation(summary = "The datasets (the demo is named 'demo')")
    List<DatasetSummary> datasets() {
        return map.datasets();
    }

    @GetMapping("/{dataset}")
    @Operation(summary = "A dataset's extent and the policy profile's rules")
    DatasetInfo info(@PathVariable String dataset) {
        return map.info(dataset);
    }

    @GetMapping("/{dataset}/areas")
    @Operation(summary = "Residential areas in a bounding box with coverage.csv's fields: per category distance,"
            + " nearest facility and covered")
    ResponseEntity<String> areas(@PathVariable String dataset, @RequestParam String bbox,
                                 @RequestParam(required = false) Integer zoom,
                                 @RequestParam(required = false) Double maxWalkMeters,
                                 @RequestParam(required = false) String category,
                                 @RequestParam(required = false, defaultValue = "all") String status) {
        AreaFilter filter = AreaFilter.of(category, status);
        return geo(geoJson.layer(filter.apply(map.areas(dataset, RequestParams.bbox(bbox), RequestParams.zoom(zoom),
                RequestParams.maxWalkMeters(maxWalkMeters)))));
    }

    @GetMapping("/{dataset}/facilities")
    @Operation(summary = "Facilities in a bounding box, optionally of one category")
    ResponseEntity<String> facilities(@PathVariable String dataset, @RequestParam String bbox,
                                      @RequestParam(required = false) String category) {
        return geo(geoJson.layer(map.facilities(dataset, RequestParams.bbox(bbox),
                RequestParams.optionalCategory(category))));
    }

    @GetMapping("/{dataset}/network")
    @Operation(summary = "Walkable ways near a bounding box, simplified for the zoom (the base map)")
    ResponseEntity<String> network(@PathVariable String dataset, @RequestParam String bbox,
                                   @RequestParam(required = false) Integer zoom) {
        var edges = map.network(dataset, RequestParams.bbox(bbox), RequestParams.zoom(zoom));
        return geo(geoJson.collection(edges, e -> e.geometry(), e -> Map.of("highway", e.highway())));
    }

    @GetMapping("/{dataset}/districts")
    @Operation(summary = "Per-district coverage of a category against the profile's target")
    Map<String, List<Map<String, Object>>> districts(@PathVariable String dataset, @RequestParam String category,
                                             @RequestParam(required = false) Double maxWalkMeters) {
        return Map.of("rows", map.districts(dataset, RequestParams.category(category),
                RequestParams.maxWalkMeters(maxWalkMeters)));
    }

    @GetMapping("/{dataset}/districts/boundaries")
    @Operation(summary = "District outlines, simplified for the zoom")
    ResponseEntity<String> boundaries(@PathVariable String dataset, @RequestParam(required = false) Integer zoom) {
        var districts = map.boundaries(dataset, RequestParams.zoom(zoom));
        return geo(geoJson.collection(districts, d -> d.geometry(), d -> Map.of("code", d.code(), "name", d.name())));
    }

    static ResponseEntity<String> geo(String body) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }
}
