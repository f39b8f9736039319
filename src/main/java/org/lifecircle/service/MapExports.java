package org.lifecircle.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.io.export.ExportLayer;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.io.export.LayerFiles;
import org.lifecircle.model.Category;
import org.lifecircle.service.map.MapService;

/**
 * Exports and catchments of what the map shows (a dataset at a threshold), for the REST API.
 * Files are written into a private temporary folder under a name the server chooses, so that no
 * request can name a path.
 */
public final class MapExports {

    private final MapService map;

    public MapExports(MapService map) {
        this.map = map;
    }

    /** A finished export: the file's bytes and the name to offer the browser. */
    public record ExportFile(byte[] content, String fileName, String mediaType) {
    }

    public ExportFile export(String dataset, String layerName, String formatName, String crs, String encoding,
                             String form, Optional<Category> category, OptionalDouble maxWalkMeters) {
        String layerId = ExportLayers.checkName(layerName);
        ExportFormat format = ExportFormat.parse(formatName);
        var charset = ExportOptions.parseEncoding(encoding);
        MapService.Snapshot snapshot = map.snapshot(dataset, maxWalkMeters);
        var b = snapshot.graph().edgeIndex().bounds();
        int epsg = ExportOptions.parseCrs(crs, (b.minLon() + b.maxLon()) / 2);
        ExportLayer layer = layer(layerId, snapshot, form, category);
        String fileName = safe(dataset) + "-" + layerId + format.extension();
        try {
            Path folder = Files.createTempDirectory("lifecircle-export");
            Path file = folder.resolve(fileName);
            try {
                LayerFiles.write(layer, format, new ExportOptions(epsg, charset), file);
                return new ExportFile(Files.readAllBytes(file), fileName, mediaType(format));
            } catch (org.lifecircle.model.InvalidInputException e) {
                // The server's own folders are nobody's business: name the export, not the path.
                throw new org.lifecircle.model.InvalidInputException(
                        e.getMessage().replace(file.toString(), fileName).replace(folder.toString(), "the server's export folder"));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catchment polygon (WGS84) and what it belongs to; the facility is null for a dissolved one. */
    public record CatchmentView(String category, String form, String facilityId, String facilityName,
                                double maxWalkMeters, double areaSquareMeters, org.locationtech.jts.geom.Geometry geometry) {
    }

    /** Catchment polygons of one category as the map shows them. */
    public List<CatchmentView> catchments(String dataset, Category category, String form, OptionalDouble maxWalkMeters) {
        MapService.Snapshot snapshot = map.snapshot(dataset, maxWalkMeters);
        return Catchments.layer(snapshot.graph(), snapshot.result(), form, Optional.of(category)).features().stream()
                .map(f -> new CatchmentView((String) f.values().get(0), (String) f.values().get(1),
                        (String) f.values().get(2), (String) f.values().get(3), (Double) f.values().get(4),
                        (Double) f.values().get(5), f.geometry()))
                .toList();
    }

    private static ExportLayer layer(String id, MapService.Snapshot s, String form, Optional<Category> category) {
        return switch (id) {
            case "facilities" -> ExportLayers.facilities(s.result().facilities());
            case "coverage" -> ExportLayers.areas(s.result(), s.assignment(), false);
            case "gaps" -> ExportLayers.areas(s.result(), s.assignment(), true);
            case "districts" -> ExportLayers.districts(s.districtRows(), s.assignment(), s.result().profile().categories());
            default -> Catchments.layer(s.graph(), s.result(), form, category);
        };
    }

    /** ASCII letters, digits, '-' and '_' only: a file name that cannot leave its folder. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.isEmpty() ? "dataset" : cleaned.substring(0, Math.min(40, cleaned.length()));
    }

    private static String mediaType(ExportFormat format) {
        return switch (format) {
            case SHP -> "application/zip";
            case GPKG -> "application/geopackage+sqlite3";
            case GEOJSON -> "application/geo+json";
            case CSV -> "text/csv";
        };
    }
}
