package org.lifecircle.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifecircle.model.InvalidInputException;

class CrsSpecTest {

    @ParameterizedTest
    @CsvSource({
        "wgs84, wgs84", "WGS84, wgs84", "gcj02, gcj02", "GCJ-02, gcj02", "bd09, bd09", "cgcs2000, epsg:4490",
        "epsg:4548, epsg:4548", "EPSG:4548, epsg:4548", "EPSG::4548, epsg:4548", "epsg:4326, wgs84",
        "urn:ogc:def:crs:EPSG::4548, epsg:4548", "urn:ogc:def:crs:OGC:1.3:CRS84, wgs84"})
    void parsesTheAcceptedForms(String written, String expected) {
        assertThat(CrsSpec.parse(written).toString()).isEqualTo(expected);
    }

    @Test
    void unknownNamesListTheAcceptedForms() {
        assertThatThrownBy(() -> CrsSpec.parse("gcj2"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'gcj2'").hasMessageContaining("@gcj02").hasMessageContaining("@epsg:4548");
    }

    @Test
    void cgcs2000IsUsedAsWgs84ButGcj02IsNot() {
        assertThat(CrsSpec.parse("cgcs2000").isWgs84Equivalent()).isTrue();
        assertThat(CrsSpec.parse("epsg:4490").epsgCode()).isEqualTo(4490);
        assertThat(CrsSpec.gcj02().isWgs84Equivalent()).isFalse();
        assertThat(CrsSpec.gcj02().isKnownGeographic()).isTrue();
        assertThat(CrsSpec.epsg(4548).isKnownGeographic()).isFalse();
    }

    @Test
    void fileSuffixIsSplitAtTheLastAt() {
        assertThat(FileWithCrs.parse("shops.csv@gcj02")).isEqualTo(new FileWithCrs(Path.of("shops.csv"),
                Optional.of(CrsSpec.gcj02())));
        assertThat(FileWithCrs.parse("a@b.csv@EPSG:4548")).isEqualTo(new FileWithCrs(Path.of("a@b.csv"),
                Optional.of(CrsSpec.epsg(4548))));
        assertThat(FileWithCrs.parse("shops.csv").crs()).isEmpty();
    }

    @Test
    void pathsContainingAtStayWhole() {
        assertThat(FileWithCrs.parse("/home/a@b/shops.csv").path()).isEqualTo(Path.of("/home/a@b/shops.csv"));
        assertThat(FileWithCrs.parse("shops@2024.csv")).isEqualTo(new FileWithCrs(Path.of("shops@2024.csv"),
                Optional.empty()));
    }

    @Test
    void aMistypedSuffixIsAnError() {
        assertThatThrownBy(() -> FileWithCrs.parse("shops.csv@gcj2"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("shops.csv@gcj2").hasMessageContaining("'gcj2'").hasMessageContaining("@wgs84");
        assertThatThrownBy(() -> FileWithCrs.parse("shops.csv@")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void roundTripsToTheArgumentForm() {
        assertThat(FileWithCrs.parse("x.shp@epsg:4548").toString()).isEqualTo("x.shp@epsg:4548");
    }
}
