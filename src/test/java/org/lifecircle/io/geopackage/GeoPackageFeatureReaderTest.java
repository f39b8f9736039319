package org.lifecircle.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.io.features.FixtureCrs;
import org.lifecircle.io.features.FixtureLayer;
import org.lifecircle.io.features.GeoPackageFixtureWriter;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;

class GeoPackageFeatureReaderTest {

    @TempDir
    Path dir;

    @Test
    void aNamedTableIsReadAndAnUnknownNameListsTheTables() throws IOException {
        Path gpkg = GeoPackageFixtureWriter.write(dir, FixtureLayer.POINTS, FixtureCrs.WGS84);
        List<SourceFeature> features = new GeoPackageFeatureReader(Optional.of("POINTS")).read(gpkg, Optional.empty());
        assertThat(features).hasSize(3);
        assertThat(features.get(0).location()).isEqualTo("points.gpkg table points fid 1");
        assertThat(features.get(0).attributes()).containsEntry("capacity", 120L).doesNotContainKey("id");
        assertThatThrownBy(() -> new GeoPackageFeatureReader(Optional.of("shops")).read(gpkg, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("points.gpkg: no feature table named 'shops'; it has: points");
    }

    @Test
    void theSrsRowDecidesTheSystemUnlessTheUserGivesOne() throws IOException {
        Path gpkg = GeoPackageFixtureWriter.write(dir, FixtureLayer.POINTS, FixtureCrs.EPSG_4548);
        double lon = new GeoPackageFeatureReader().read(gpkg, Optional.empty()).get(0).geometry().getCoordinate().x;
        assertThat(lon).isCloseTo(117.2012345, org.assertj.core.data.Offset.offset(1e-8));
        assertThatThrownBy(() -> new GeoPackageFeatureReader().read(gpkg, Optional.of(CrsSpec.wgs84())))
                .hasMessageContaining("points.gpkg table points fid 1").hasMessageContaining("look projected");
    }

    @Test
    void aFileThatIsNotAGeoPackageIsReported() throws IOException {
        Path fake = Files.writeString(dir.resolve("survey.gpkg"), "this is not SQLite");
        assertThatThrownBy(() -> new GeoPackageFeatureReader().read(fake, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("survey.gpkg: not a GeoPackage (a GeoPackage is an SQLite database");
        Path empty = Files.createFile(dir.resolve("empty.gpkg"));
        assertThatThrownBy(() -> new GeoPackageFeatureReader().read(empty, Optional.empty()))
                .hasMessageStartingWith("empty.gpkg: the file is empty");
    }

    @Test
    void anSqliteDatabaseWithoutGeoPackageTablesIsReported() throws Exception {
        Path plain = dir.resolve("plain.gpkg");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + plain);
             java.sql.Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE shops(name TEXT)");
        }
        assertThatThrownBy(() -> new GeoPackageFeatureReader().read(plain, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("plain.gpkg: not a readable GeoPackage");
    }
}
