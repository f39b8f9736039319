package org.lifecircle.store.cache;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.store.NetworkSink;

/**
 * What the graph cache does with what faults leave behind: a damaged or truncated snapshot is
 * dropped and the user told (the network then comes from the database), and temporary files of a
 * process killed while writing a snapshot are swept once they are an hour old.
 */
class GraphCacheFaultsTest {

    private static final NetworkSink IGNORED = new NetworkSink() {
        @Override
        public void start(int nodeCount, int edgeCount) {
        }

        @Override
        public void node(long osmId, double lon, double lat, int component) {
        }

        @Override
        public void edge(int from, int to, double lengthMeters, long osmWayId, String highway, double[] lonLat) {
        }
    };

    @TempDir
    Path folder;

    @Test
    void aDamagedSnapshotIsDroppedAndTheUserTold() throws Exception {
        List<String> notices = new ArrayList<>();
        GraphCache cache = new GraphCache(folder, notices::add);
        String version = UUID.randomUUID().toString();
        byte[] header = {'L', 'C', 'G', 'R'};
        Files.write(cache.fileOf(version), header);
        assertThat(cache.read(version, IGNORED)).isFalse();
        assertThat(cache.fileOf(version)).doesNotExist();
        assertThat(notices).singleElement().asString().contains(cache.fileOf(version).toString())
                .contains("was unusable (truncated to 4 bytes)").contains("read from the database");
        assertThat(cache.read(version, IGNORED)).as("missing: nothing to tell").isFalse();
        assertThat(notices).hasSize(1);
    }

    @Test
    void temporaryFilesOfAKilledWriterAreSweptOnceStale() throws Exception {
        GraphCache cache = new GraphCache(folder, notice -> { });
        Path stale = Files.writeString(folder.resolve(UUID.randomUUID() + "123.tmp"), "half a snapshot");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(folder.resolve(UUID.randomUUID() + "456.tmp"), "being written now");
        cache.retainOnly(Set.of());
        assertThat(stale).doesNotExist();
        assertThat(fresh).as("perhaps another process's, still writing").exists();
    }
}
