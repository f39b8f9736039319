package org.lifecircle.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.io.features.FeatureFiles;
import org.lifecircle.io.layers.CategoryTable;
import org.lifecircle.io.layers.CensusTable;
import org.lifecircle.io.layers.DistrictLayer;
import org.lifecircle.io.layers.FacilityLayer;
import org.lifecircle.io.layers.ResidentialLayer;
import org.lifecircle.io.osm.OsmFeatureExtractor;
import org.lifecircle.io.osm.OsmFeatures;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.model.SourceFeature;

/**
 * Reads a coverage run's facilities, areas, districts and census totals from files, falling back
 * to the OSM file for facilities and areas. Reads the OSM features at most once.
 */
final class CoverageInputs {

    private final CoverageRequest request;
    private final InputExtent extent;
    private final List<String> repaired = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private OsmFeatures osmFeatures;

    /** @param networkBounds the walking network's bounding box: each input file must come near it */
    CoverageInputs(CoverageRequest request, LonLatBounds networkBounds) {
        this.request = request;
        this.extent = new InputExtent(networkBounds, request.osmFile());
    }

    List<Facility> facilities() {
        if (request.facilityFiles().isEmpty()) {
            return osm().facilities();
        }
        FacilityLayer layer = new FacilityLayer(CategoryTable.load());
        List<Facility> facilities = new ArrayList<>();
        for (FileWithCrs file : request.facilityFiles()) {
            String fileName = file.path().getFileName().toString();
            facilities.addAll(layer.facilities(read(file), fileName));
        }
        return facilities;
    }

    List<ResidentialArea> areas() {
        if (request.residentialFile().isEmpty()) {
            return osm().areas();
        }
        ResidentialLayer layer = new ResidentialLayer();
        List<ResidentialArea> areas = layer.areas(read(request.residentialFile().get()));
        repaired.addAll(layer.repaired());
        return areas;
    }

    List<District> districts() {
        if (request.districtFile().isEmpty()) {
            return List.of();
        }
        DistrictLayer layer = new DistrictLayer();
        List<District> districts = layer.districts(read(request.districtFile().get()));
        repaired.addAll(layer.repaired());
        return districts;
    }

    Map<Integer, Double> census(List<District> districts) {
        return request.populationFile().map(file -> CensusTable.read(file, districts)).orElse(Map.of());
    }

    List<String> repaired() {
        return repaired;
    }

    List<String> skipped() {
        return skipped;
    }

    private List<SourceFeature> read(FileWithCrs file) {
        List<SourceFeature> features = FeatureFiles.read(file);
        extent.requireNear(features, String.valueOf(file.path().getFileName()));
        return features;
    }

    private OsmFeatures osm() {
        if (osmFeatures == null) {
            osmFeatures = OsmFeatureExtractor.extract(request.osmFile());
            osmFeatures.report().repairedIds().forEach(id -> repaired.add(request.osmFile().getFileName() + " " + id));
            osmFeatures.report().skipped().forEach(s -> skipped.add(s.toString()));
        }
        return osmFeatures;
    }
}
