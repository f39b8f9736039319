package org.lifecircle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.InvalidInputException;

class StoreSettingsTest {

    @Test
    void withoutAUrlTheEmbeddedStoreInTheDataFolder() {
        assertThat(StoreSettings.fromEnvironment(Map.of("XDG_DATA_HOME", "/home/p/.data")))
                .isEqualTo(StoreSettings.embedded(Path.of("/home/p/.data/lifecircle")));
        StoreSettings settings = StoreSettings.fromEnvironment(Map.of("LIFECIRCLE_DATA_DIR", "/srv/lc"));
        assertThat(settings.postgis()).isEmpty();
        assertThat(settings.graphCacheFolder()).isEqualTo(Path.of("/srv/lc/graph-cache"));
    }

    @Test
    void theDefaultFolderIsTheUsersDataHomeNotTheWorkingDirectory() {
        assertThat(StoreSettings.defaultDataDir(Map.of("XDG_DATA_HOME", "/x/data", "HOME", "/home/p")::get))
                .isEqualTo(Path.of("/x/data/lifecircle"));
        assertThat(StoreSettings.defaultDataDir(Map.of("HOME", "/home/p")::get))
                .isEqualTo(Path.of("/home/p/.local/share/lifecircle"));
        assertThat(StoreSettings.defaultDataDir(Map.of("XDG_DATA_HOME", "relative/data", "HOME", "/home/p")::get))
                .as("XDG Base Directory: a relative XDG_DATA_HOME is ignored")
                .isEqualTo(Path.of("/home/p/.local/share/lifecircle"));
        assertThat(StoreSettings.defaultDataDir(Map.<String, String>of()::get))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "lifecircle"));
        assertThat(StoreSettings.fromEnvironment(Map.of("HOME", "/home/p", "LIFECIRCLE_DATA_DIR", "/srv/lc")).dataDir())
                .isEqualTo(Path.of("/srv/lc"));
    }

    @Test
    void aUrlMeansPostgisAndThePasswordNeverShows() {
        StoreSettings settings = StoreSettings.fromEnvironment(Map.of("LIFECIRCLE_DB_URL",
                "jdbc:postgresql://db:5432/lc?password=hidden1", "LIFECIRCLE_DB_USER", "planner",
                "LIFECIRCLE_DB_PASSWORD", "hidden2"));
        PostgisSettings postgis = settings.postgis().orElseThrow();
        assertThat(postgis.password()).isEqualTo("hidden2");
        assertThat(postgis.where()).isEqualTo("jdbc:postgresql://db:5432/lc?password=*** as user planner");
        assertThat(settings.toString()).doesNotContain("hidden1").doesNotContain("hidden2");
    }

    @Test
    void springPropertiesAreTheSameSettings() {
        Map<StoreSetting, String> properties = Map.of(StoreSetting.DB_URL, "jdbc:postgresql://localhost/lc");
        StoreSettings settings = StoreSettings.resolve(setting -> Optional.ofNullable(properties.get(setting)));
        assertThat(settings.postgis()).isPresent();
        assertThat(StoreSetting.DB_URL.property()).isEqualTo("lifecircle.db.url");
    }

    @Test
    void aUserOrPasswordWithoutAUrlIsAnErrorNotTheEmbeddedStore() {
        assertThatThrownBy(() -> StoreSettings.fromEnvironment(Map.of("LIFECIRCLE_DB_PASSWORD", "x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("LIFECIRCLE_DB_PASSWORD is set but LIFECIRCLE_DB_URL is not");
        assertThatThrownBy(() -> StoreSettings.fromEnvironment(Map.of("LIFECIRCLE_DB_URL", "jdbc:h2:file:x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be a PostgreSQL JDBC URL");
    }
}
