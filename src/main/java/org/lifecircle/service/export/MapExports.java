package org.lifecircle.service.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.catchment.CatchmentPolygons;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.results.LayerKind;
import org.lifecircle.service.map.MapService;
import org.locationtech.jts.geom.Geometry;

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

    public ExportFile export(String dataset, MapExportQuery query) {
        LayerKind kind = query.layer();
        if (!query.bandMinutes().isEmpty() && kind != LayerKind.CATCHMENTS) {
            throw new InvalidInputException("bands apply to the catchments layer only, not to " + kind.id());
        }
        String layer = kind.id();
        ExportFormat format = query.format();
        String fileName = safe(dataset) + "-" + layer + format.extensions().get(0);
        try {
            Path folder = Files.createTempDirectory("lifecircle-export");
            Path file = folder.resolve(fileName);
            try {
                ExportRequest request = ExportRequest.of(kind, format, file).withCrs(query.crs())
                        .withEncoding(query.encoding()).withCatchments(CatchmentRequest.defaults()
                                .with(query.form(), query.category())
                                .withBands(query.bandMinutes(), query.speedMetersPerSecond()));
                new ExportJob(() -> ExportSource.of(map.snapshot(dataset, query.maxWalkMeters())), request).run();
                return new ExportFile(Files.readAllBytes(file), downloadName(dataset) + "-" + layer
                        + format.extensions().get(0), mediaType(format));
            } catch (InvalidInputException e) {
                // The server's own folders are nobody's business: name the export, not the path.
                throw new InvalidInputException(e.getMessage().replace(file.toString(), fileName)
                        .replace(folder.toString(), "the server's export folder"));
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
                                double maxWalkMeters, double areaSquareMeters, Geometry geometry) {
    }

    /** Catchment polygons of one category as the map shows them. */
    public List<CatchmentView> catchments(String dataset, Category category, CatchmentForm chosen,
                                          OptionalDouble maxWalkMeters) {
        ExportSource source = ExportSource.of(map.snapshot(dataset, maxWalkMeters));
        return new ExportCatchments(source.result(), PlanarNetworks.of(source.graph()), source.maxSnapMeters())
                .build(chosen, Optional.of(category), List.of(), OptionalDouble.empty(),
                        CatchmentPolygons.DEFAULT_LATERAL_OFFSET_METERS).stream()
                .filter(c -> !c.polygon().lonLat().isEmpty())
                .map(c -> new CatchmentView(category.id(), chosen.id(),
                        c.facility() == null ? null : c.facility().id(), c.facility() == null ? null : c.facility().name(),
                        c.polygon().maxWalkMeters(), Math.round(c.polygon().areaSquareMeters() * 10) / 10.0,
                        c.polygon().lonLat()))
                .toList();
    }

    /**
     * The name the browser saves the export under: the dataset's own name, Chinese and spaces kept
     * (sent as RFC 6266 {@code filename*}), without what no file system allows or a path would read
     * ({@code / \ : * ? " < > |}, control characters), at most 80 characters.
     */
    static String downloadName(String dataset) {
        String cleaned = dataset.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (cleaned.codePointCount(0, cleaned.length()) > 80) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, 80));
        }
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "dataset" + cleaned : cleaned;
    }

    /** ASCII letters, digits, '-' and '_' only: a file name that cannot leave its folder. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.isEmpty() ? "dataset" : cleaned.substring(0, Math.min(40, cleaned.length()));
    }

    private static String mediaType(ExportFormat format) {
        return switch (format) {
            case SHAPEFILE -> "application/zip";
            case GEOPACKAGE -> "application/geopackage+sqlite3";
            case GEOJSON -> "application/geo+json";
            case CSV -> "text/csv";
        };
    }
}
