package vn.ocop.fair.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which archive a service starts with, and which recorded archive is kept; no JVM is started here. */
class ClassDataArchiveTest {

    private static final FileTime BUILT = FileTime.from(Instant.parse("2026-12-03T10:00:00Z"));

    @TempDir
    Path target;

    Path jar;
    Path folder;
    ClassDataArchive classData;

    @BeforeEach
    void builtAndExtracted() throws IOException {
        jar = Files.writeString(target.resolve("catalog-service-0.1.0-SNAPSHOT.jar"), "the build");
        Files.setLastModifiedTime(jar, BUILT);
        folder = Files.createDirectories(target.resolve("class-data"));
        Path extracted = Files.writeString(folder.resolve(jar.getFileName()), "extracted");
        Files.setLastModifiedTime(extracted, BUILT);
        classData = new ClassDataArchive(jar);
    }

    @Test
    void startsWithTheArchiveRecordedAfterTheBuild() throws IOException {
        archive("start-up.jsa", BUILT.toInstant().plusSeconds(60));

        assertThat(classData.launch())
                .contains("-XX:SharedArchiveFile=" + folder.resolve("start-up.jsa"))
                .containsSequence("-jar", folder.resolve(jar.getFileName()).toString())
                .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void recordsTheArchiveAgainWhenTheJarIsNewer() throws IOException {
        archive("start-up.jsa", BUILT.toInstant().minusSeconds(60));

        assertThat(classData.launch())
                .contains("-XX:ArchiveClassesAtExit=" + folder.resolve("start-up.jsa.recording"))
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void recordsTheArchiveWhenThereIsNone() {
        assertThat(classData.launch()).contains("-XX:ArchiveClassesAtExit=" + folder.resolve("start-up.jsa.recording"));
    }

    @Test
    void keepsTheRecordedArchiveWhenTheServiceStoppedByItself() throws IOException {
        archive("start-up.jsa.recording", Instant.now());

        classData.keepRecorded();

        assertThat(folder.resolve("start-up.jsa")).exists();
        assertThat(folder.resolve("start-up.jsa.recording")).doesNotExist();
        assertThat(classData.launch()).contains("-XX:SharedArchiveFile=" + folder.resolve("start-up.jsa"));
    }

    @Test
    void dropsWhatAKilledServiceWasRecording() throws IOException {
        archive("start-up.jsa.recording", Instant.now());

        classData.dropRecorded();

        assertThat(folder.resolve("start-up.jsa.recording")).doesNotExist();
        assertThat(folder.resolve("start-up.jsa")).doesNotExist();
    }

    private void archive(String name, Instant writtenAt) throws IOException {
        Path archive = Files.writeString(folder.resolve(name), "classes");
        Files.setLastModifiedTime(archive, FileTime.from(writtenAt));
    }
}
