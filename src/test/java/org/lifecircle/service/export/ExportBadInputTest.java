package org.lifecircle.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;

/** Bad export requests: a one-line error naming the problem, and no file (partial or temporary) left behind. */
class ExportBadInputTest {

    @TempDir
    Path out;

    @Test
    void unknownLayerFormatSystemEncodingFormOrCategory() {
        Path file = out.resolve("gaps.zip");
        assertError(ExportText.of("holes", "shp", file), "unknown layer 'holes'");
        assertError(ExportText.of("gaps", "kml", file), "unknown format 'kml'");
        assertError(ExportText.of("gaps", "shp", file).withCrs("gcj02"), "CRS 'gcj02' is an offset system of Chinese web maps");
        assertError(ExportText.of("gaps", "shp", file).withCrs("epsg:999999"), "EPSG:999999");
        assertError(ExportText.of("gaps", "shp", file).withEncoding("latin1"), "unknown encoding 'latin1'");
        assertError(ExportText.of("catchments", "shp", file).withCatchments("rings", Optional.empty()),
                "unknown catchment form 'rings'");
        assertError(ExportText.of("catchments", "shp", file).withBands(List.of(5.0, 10.0), OptionalDouble.empty())
                .withCatchments("dissolve", Optional.of(Category.of("childcare"))), "give a walking speed");
    }

    @Test
    void theOutputNameMustSuitTheFormat() {
        assertError(ExportText.of("gaps", "shp", out.resolve("gaps.shp")), "must be named *.zip");
        assertError(ExportText.of("gaps", "gpkg", out.resolve("gaps.sqlite")), "must be named *.gpkg");
        assertError(ExportText.of("gaps", "geojson", out), "must be named *.geojson or *.json");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = out.resolve("no-such-folder").resolve("gaps.gpkg");
        assertError(ExportText.of("gaps", "gpkg", file), "no-such-folder does not exist");
        assertThat(out.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void aFolderWithoutWritePermissionIsNamed() throws IOException {
        Path locked = Files.createDirectory(out.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "running as root: permissions do not stop writing");
            assertError(ExportText.of("gaps", "csv", locked.resolve("gaps.csv")), "is not writable");
            assertThat(locked.toFile().list()).isEmpty();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aPlaceWhereNoFileCanBeCreatedIsAOneLineError() {
        // /proc takes no new files, not even from root
        assertError(ExportText.of("gaps", "csv", Path.of("/proc/lifecircle-export-test.csv")),
                "cannot write (");
        assertThat(Path.of("/proc/lifecircle-export-test.csv")).doesNotExist();
    }

    private void assertError(ExportText text, String message) {
        assertThatThrownBy(() -> new ExportJob(ExportJobTest.report(), ExportJobTest.graph(), text.request()).run())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(out.toFile().list()).allMatch(name -> Files.isDirectory(out.resolve(name)));
    }
}
