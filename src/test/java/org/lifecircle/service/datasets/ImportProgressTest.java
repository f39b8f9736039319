package org.lifecircle.service.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.Progress;

/** What the server says of an import while it runs, and after. */
class ImportProgressTest {

    @Test
    void tellsTheNewestStepWithItsCountsWhileTheImportRunsAndNothingAfter() {
        ImportProgress imports = new ImportProgress();
        ImportProgress.Status[] seen = new ImportProgress.Status[2];
        String result = imports.track("新城", progress -> {
            progress.step("reading network.osm.pbf", 0, "nodes and ways").close();
            Progress.Step storing = progress.step("storing dataset '新城'", 500, "rows");
            storing.advanceTo(200);
            seen[0] = imports.of("新城");
            seen[1] = imports.of("other");
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(seen[0].running()).isTrue();
        assertThat(seen[0].step()).isEqualTo("storing dataset '新城'");
        assertThat(seen[0].done()).isEqualTo(200);
        assertThat(seen[0].total()).isEqualTo(500);
        assertThat(seen[0].unit()).isEqualTo("rows");
        assertThat(seen[1].running()).isFalse();
        assertThat(imports.of("新城").running()).isFalse();
    }

    @Test
    void aFailedImportLeavesNoEntry() {
        ImportProgress imports = new ImportProgress();
        assertThatThrownBy(() -> imports.track("x", progress -> {
            progress.step("storing", 10, "rows");
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");
        assertThat(imports.of("x").running()).isFalse();
    }
}
