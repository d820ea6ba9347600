package vn.qrgate.reader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushedCopiesTest {

    private static final Instant OBTAINED = Instant.parse("2026-11-29T05:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSavedCopyReadsBackWithTheTimeItWasObtained() throws Exception {
        PushedCopies copies = new PushedCopies(dir);
        copies.save("list.json", "{\"v\":1}".getBytes(StandardCharsets.UTF_8), OBTAINED);

        PushedCopies.Copy copy = copies.load("list.json").orElseThrow();

        assertThat(new String(copy.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"v\":1}");
        assertThat(copy.obtainedAt()).isEqualTo(OBTAINED);
    }

    @Test
    void aNewCopyReplacesTheOldOneWholeAndLeavesNoTemporaryFileBehind() throws Exception {
        PushedCopies copies = new PushedCopies(dir);
        copies.save("list.json", "old, longer content".getBytes(StandardCharsets.UTF_8), OBTAINED);
        copies.save("list.json", "new".getBytes(StandardCharsets.UTF_8), OBTAINED.plusSeconds(1));

        assertThat(Files.readString(dir.resolve("list.json"))).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("list.json");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("list.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void noCopyIsEmptyAndATouchMovesOnlyTheTime() throws Exception {
        PushedCopies copies = new PushedCopies(dir);
        assertThat(copies.load("none.json")).isEmpty();

        copies.save("list.json", "same".getBytes(StandardCharsets.UTF_8), OBTAINED);
        copies.touch("list.json", OBTAINED.plusSeconds(3600));

        PushedCopies.Copy copy = copies.load("list.json").orElseThrow();
        assertThat(copy.obtainedAt()).isEqualTo(OBTAINED.plusSeconds(3600));
        assertThat(new String(copy.bytes(), StandardCharsets.UTF_8)).isEqualTo("same");
    }
}
