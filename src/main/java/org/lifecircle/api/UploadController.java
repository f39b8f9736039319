package org.lifecircle.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.lifecircle.model.FacilityReplacement;
import org.lifecircle.options.Defaults;
import org.lifecircle.service.datasets.DatasetUploads;
import org.lifecircle.service.datasets.ImportProgress;
import org.lifecircle.service.datasets.ImportedDataset;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Imports a dataset from a zip of its input files (the web counterpart of {@code lifecircle import}). */
@RestController
@RequestMapping("/api/datasets")
class UploadController {

    private final DatasetUploads uploads;

    UploadController(DatasetUploads uploads) {
        this.uploads = uploads;
    }

    @PutMapping(path = "/{dataset}", consumes = {"application/zip", "application/x-zip-compressed",
        "application/octet-stream"})
    @Operation(summary = "Import (or replace) a dataset from a zip: network.osm.pbf (or .osm/.osm.bz2/.osm.gz),"
            + " facilities*.csv|geojson|shp|gpkg, optional residential.*, districts.*, streets.*, communities.*,"
            + " population.csv and gates.* (compound gates); a"
            + " coordinate system after '@' in a name (facilities@gcj02.csv); facilitiesReplace=categories (default:"
            + " the files replace the OSM facilities of their own categories) or all. Needs the X-Requested-With header.")
    ImportedDataset upload(@PathVariable String dataset,
                           @RequestParam(name = "facilitiesReplace", defaultValue = Defaults.FACILITY_REPLACEMENT_TEXT)
                           FacilityReplacement facilitiesReplace, HttpServletRequest request) throws IOException {
        return uploads.importZip(dataset, request.getInputStream(), facilitiesReplace);
    }

    @GetMapping("/{dataset}/import-progress")
    @Operation(summary = "How far the running import of this dataset is: its step (e.g. storing rows), the counts done"
            + " and in all (0 when unknown) and the seconds since it began; running=false when none runs. The page"
            + " asks while its upload waits.")
    ImportProgress.Status importProgress(@PathVariable String dataset) {
        return uploads.progress(dataset);
    }
}
