package org.lifecircle.io.features;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.model.SourceFeature;

/**
 * Reads one file format into features in WGS84 (x = longitude, y = latitude) with their
 * attributes. One implementation per format; {@link FeatureFiles} picks it from the file name.
 *
 * <p>Each feature's {@link SourceFeature#location()} names the file and a 1-based position in it:
 * {@code shops.csv line 12}, {@code areas.geojson feature 3}, {@code parcels.shp record 7},
 * {@code survey.gpkg table shops fid 5}.
 */
public interface FeatureReader {

    /**
     * Reads every feature of the file.
     *
     * @param file the file
     * @param crs the coordinate system the user gave; when empty, the one the file declares
     *     (.prj, GeoJSON {@code crs}, GeoPackage srs), else WGS84
     * @return the features in file order, geometries converted to WGS84 and checked
     * @throws org.lifecircle.model.InvalidInputException when the file is missing or unusable, with a
     *     one-line message that names the file, the line or feature, the problem and the fix
     */
    List<SourceFeature> read(Path file, Optional<CrsSpec> crs);
}
