package org.lifecircle.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.service.map.MapService;
import org.lifecircle.service.map.MapViews.AreaView;
import org.lifecircle.service.map.MapViews.DatasetInfo;
import org.lifecircle.service.map.MapViews.DatasetSummary;
import org.lifecircle.service.map.MapViews.DistrictRow;
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
    @Operation(summary = "Residential areas in a bounding box with per-category distance, nearest facility and status")
    ResponseEntity<String> areas(@PathVariable String dataset, @RequestParam String bbox,
                                 @RequestParam(required = false) Integer zoom,
                                 @RequestParam(required = false) Double maxWalkMeters,
                                 @RequestParam(required = false) String category,
                                 @RequestParam(required = false, defaultValue = "all") String status) {
        List<AreaView> areas = AreaFilter.of(category, status).apply(map.areas(dataset, RequestParams.bbox(bbox),
                RequestParams.zoom(zoom), RequestParams.maxWalkMeters(maxWalkMeters)));
        return geo(geoJson.collection(areas, AreaView::geometry, MapController::areaProperties));
    }

    private static Map<String, Object> areaProperties(AreaView a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("area_id", a.areaId());
        p.put("source_id", a.sourceId());
        p.put("name", a.name());
        p.put("district_code", a.districtCode());
        p.put("district_name", a.districtName());
        p.put("population", a.population());
        p.put("population_source", a.populationSource());
        p.put("categories", a.categories());
        return p;
    }

    @GetMapping("/{dataset}/facilities")
    @Operation(summary = "Facilities in a bounding box, optionally of one category")
    ResponseEntity<String> facilities(@PathVariable String dataset, @RequestParam String bbox,
                                      @RequestParam(required = false) String category) {
        var facilities = map.facilities(dataset, RequestParams.bbox(bbox), RequestParams.optionalCategory(category));
        return geo(geoJson.collection(facilities, f -> f.geometry(), f -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", f.id());
            p.put("category", f.category());
            p.put("subtype", f.subtype());
            p.put("tier", f.tier());
            p.put("name", f.name());
            p.put("capacity", f.capacity());
            return p;
        }));
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
    Map<String, List<DistrictRow>> districts(@PathVariable String dataset, @RequestParam String category,
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
