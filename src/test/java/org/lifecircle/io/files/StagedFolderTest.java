package org.lifecircle.io.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.model.InvalidInputException;

/** Output files written as a set: published together into place, or dropped leaving the folder as it was. */
class StagedFolderTest {

    @TempDir
    Path out;

    @Test
    void publishingReplacesFilesAndMergesSubfoldersAndLeavesNoStagingFolder() throws Exception {
        Files.writeString(out.resolve("a.csv"), "old a");
        Files.createDirectories(out.resolve("district"));
        Files.writeString(out.resolve("district/b.csv"), "old b");
        Files.writeString(out.resolve("district/kept.txt"), "not an output");
        try (StagedFolder staged = StagedFolder.open(out)) {
            staged.write(into -> {
                AtomicFiles.writeText(into.resolve("a.csv"), w -> w.write("new a"));
                Path district = StagedFolder.createFolder(into.resolve("district"));
                AtomicFiles.writeText(district.resolve("b.csv"), w -> w.write("new b"));
            });
            assertThat(Files.readString(out.resolve("a.csv"))).as("not yet published").isEqualTo("old a");
            staged.publish();
        }
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("new a");
        assertThat(Files.readString(out.resolve("district/b.csv"))).isEqualTo("new b");
        assertThat(Files.readString(out.resolve("district/kept.txt"))).isEqualTo("not an output");
        assertThat(names()).containsExactlyInAnyOrder("a.csv", "district");
    }

    @Test
    void aFailedWriteDropsEverythingStagedAndNamesTheFolder() throws Exception {
        Files.writeString(out.resolve("a.csv"), "old a");
        try (StagedFolder staged = StagedFolder.open(out)) {
            assertThatThrownBy(() -> staged.write(into -> {
                AtomicFiles.writeText(into.resolve("a.csv"), w -> w.write("new a"));
                AtomicFiles.writeText(into.resolve("b.csv"), w -> {
                    throw new java.io.IOException("No space left on device");
                });
            })).isInstanceOf(InvalidInputException.class).hasMessage(out + ": the disk is full (No space left on device"
                    + " while writing b.csv); nothing in this folder was changed");
        }
        assertThat(names()).containsExactly("a.csv");
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("old a");
    }

    @Test
    void aStagingFolderAbandonedByAKilledProcessIsRemovedByTheNextWrite() throws Exception {
        Path abandoned = Files.createDirectories(out.resolve(StagedFolder.PREFIX + "123"));
        Files.writeString(abandoned.resolve("coverage.csv"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.createDirectories(out.resolve(StagedFolder.PREFIX + "456"));
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path ofAnEndedProcess = Files.createDirectories(out.resolve(StagedFolder.PREFIX + ended.pid() + "-789"));
        Path ofARunningProcess = Files.createDirectories(out.resolve(StagedFolder.PREFIX + ProcessHandle.current()
                .parent().orElseThrow().pid() + "-789"));
        try (StagedFolder staged = StagedFolder.open(out)) {
            staged.publish();
        }
        assertThat(abandoned).as("old").doesNotExist();
        assertThat(ofAnEndedProcess).as("its process ended").doesNotExist();
        assertThat(recent).as("perhaps another run's, still writing").exists();
        assertThat(ofARunningProcess).exists();
    }

    private java.util.List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
