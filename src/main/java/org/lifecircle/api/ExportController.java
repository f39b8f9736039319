package org.lifecircle.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.model.Category;
import org.lifecircle.options.Defaults;
import org.lifecircle.results.LayerKind;
import org.lifecircle.service.export.MapExportQuery;
import org.lifecircle.service.export.MapExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** File exports and catchment polygons of what the map shows. */
@RestController
@RequestMapping("/api/datasets/{dataset}")
class ExportController {

    private final MapExports exports;
    private final GeoJsonFeatures geoJson;

    ExportController(MapExports exports, ObjectMapper mapper) {
        this.exports = exports;
        this.geoJson = new GeoJsonFeatures(mapper);
    }

    @GetMapping("/export")
    @Operation(summary = "A layer as a file: facilities, coverage, gaps, catchments or districts; shp (zip), gpkg,"
            + " geojson or csv; crs wgs84, cgcs2000, gk or epsg:NNNN; encoding utf-8 or gbk; catchments in nested"
            + " bands of minutes with bands=5,10,15 (at most 6, each up to 60) and speedMetersPerSecond (0.3 to 3)")
    ResponseEntity<byte[]> export(@PathVariable String dataset, @RequestParam LayerKind layer,
                                  @RequestParam ExportFormat format,
                                  @RequestParam(defaultValue = Defaults.CRS_TEXT) CrsSpec crs,
                                  @RequestParam(defaultValue = Defaults.ENCODING_TEXT) Charset encoding,
                                  @RequestParam(defaultValue = Defaults.FORM_TEXT) CatchmentForm form,
                                  @RequestParam(required = false) Category category,
                                  @RequestParam(required = false) Double maxWalkMeters,
                                  @RequestParam(required = false) String bands,
                                  @RequestParam(required = false) Double speedMetersPerSecond) {
        MapExports.ExportFile file = exports.export(dataset, new MapExportQuery(layer, format, crs, encoding, form,
                Optional.ofNullable(category), RequestParams.maxWalkMeters(maxWalkMeters),
                RequestParams.bandMinutes(bands), RequestParams.speedMetersPerSecond(speedMetersPerSecond)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build()
                        .toString())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }

    @GetMapping("/catchments")
    @Operation(summary = "Catchment polygons of a category: dissolve, split (by nearest facility) or overlap")
    ResponseEntity<String> catchments(@PathVariable String dataset, @RequestParam Category category,
                                      @RequestParam(defaultValue = Defaults.FORM_TEXT) CatchmentForm form,
                                      @RequestParam(required = false) Double maxWalkMeters) {
        var features = exports.catchments(dataset, category, form,
                RequestParams.maxWalkMeters(maxWalkMeters));
        return MapController.geo(geoJson.collection(features, MapExports.CatchmentView::geometry, f -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("category", f.category());
            p.put("form", f.form());
            p.put("facility_id", f.facilityId());
            p.put("facility_name", f.facilityName());
            p.put("max_walk_m", f.maxWalkMeters());
            p.put("area_m2", f.areaSquareMeters());
            return p;
        }));
    }
}
