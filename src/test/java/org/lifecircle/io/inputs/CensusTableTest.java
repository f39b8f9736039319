package org.lifecircle.io.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.model.District;
import org.locationtech.jts.geom.GeometryFactory;

class CensusTableTest {

    private static final List<District> DISTRICTS = List.of(
            new District("129901", "西岭区", new GeometryFactory().createPolygon()),
            new District("129902", "东湖区", new GeometryFactory().createPolygon()));

    @TempDir
    Path dir;

    @Test
    void totalsAreMatchedByCodeOrName() throws IOException {
        Path file = Files.writeString(dir.resolve("census.csv"), "adcode,name,population\n129901,,60000\n,东湖区,65000\n"
                + "120000,天津市,13866009\n");
        assertThat(CensusTable.read(file, DISTRICTS)).containsEntry(0, 60000.0).containsEntry(1, 65000.0).hasSize(2);
    }

    @Test
    void aDistrictListedTwiceIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("census.csv"), "adcode,name,population\n129901,西岭区,1\n"
                + "129902,东湖区,2\n129901,西岭区,3\n");
        assertThatThrownBy(() -> CensusTable.read(file, DISTRICTS)).hasMessage("census.csv line 4: district 129901"
                + " (西岭区) already has a total on line 2; keep one line per district");
    }

    @Test
    void messagesNameTheFileNotItsPath() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> CensusTable.read(missing, DISTRICTS)).hasMessage("nope.csv: no such file; check the"
                + " path");
    }
}
