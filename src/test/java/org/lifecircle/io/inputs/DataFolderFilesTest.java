package org.lifecircle.io.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.profile.ProfileFiles;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;

/**
 * The category table and the profiles of the installation's data folder (lifecircle.home/gis-data)
 * are read at each load, so an edit counts at once; without them the jar's copies serve; messages
 * name them by their place in gis-data, never by the absolute path of the installation.
 */
class DataFolderFilesTest {

    @TempDir
    Path home;
    private String before;

    @BeforeEach
    void pointTheHomeHere() {
        before = System.getProperty("lifecircle.home");
        System.setProperty("lifecircle.home", home.toString());
    }

    @AfterEach
    void restoreTheHome() {
        if (before == null) {
            System.clearProperty("lifecircle.home");
        } else {
            System.setProperty("lifecircle.home", before);
        }
    }

    @Test
    void theTableIsReadAtEachLoadAndNamedByItsPlaceInGisData() throws IOException {
        assertThat(CategoryTable.load().find("幸福院")).as("the jar's copy").isEmpty();
        assertThat(CategoryTable.load().source()).isEqualTo("categories.csv");
        Path table = Files.createDirectories(home.resolve("gis-data")).resolve("categories.csv");
        Files.writeString(table, "value,category,subtype\n幸福院,elderly_care,day_care\n", StandardCharsets.UTF_8);
        assertThat(CategoryTable.load().find("幸福院").orElseThrow().category()).isEqualTo(Category.of("elderly_care"));
        assertThat(CategoryTable.load().source()).isEqualTo("gis-data/categories.csv");
        Files.writeString(table, "幸福院,养老 机构,day_care\n", StandardCharsets.UTF_8);
        assertThatThrownBy(CategoryTable::load).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("gis-data/categories.csv line 1: '养老 机构' is not a category id");
    }

    @Test
    void profilesAreReadAtEachLoadAndNamedByTheirPlaceInGisData() throws IOException {
        assertThat(ProfileFiles.load("tianjin-2022").id()).as("the jar's copy").isEqualTo("tianjin-2022");
        Path profiles = Files.createDirectories(home.resolve("gis-data/profiles"));
        Files.writeString(profiles.resolve("tianjin-2022.yaml"), "id: edited\ncategories:\n  childcare:\n"
                + "    max_walk_meters: 800\n", StandardCharsets.UTF_8);
        assertThat(ProfileFiles.load("tianjin-2022").id()).isEqualTo("edited");
        Files.writeString(profiles.resolve("tianjin-2022.yaml"), "id: edited\ncategories:\n  childcare:\n"
                + "    max_walk_meter: 800\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileFiles.load("tianjin-2022")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("gis-data/profiles/tianjin-2022.yaml: unknown key 'max_walk_meter'")
                .hasMessageNotContaining(home.toString());
        assertThatThrownBy(() -> ProfileFiles.load(profiles.resolve("tianjin-2022.yaml").toString()))
                .hasMessageStartingWith("tianjin-2022.yaml: unknown key").hasMessageNotContaining(home.toString());
    }
}
