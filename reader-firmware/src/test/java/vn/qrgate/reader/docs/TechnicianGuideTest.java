package vn.qrgate.reader.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.reader.domain.Alarm;

/** Holds {@code docs/technician.md} to the board profiles, reason codes and alarms it explains. */
class TechnicianGuideTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path GUIDE = ROOT.resolve("docs/technician.md");
    private static final Pattern PIN = Pattern.compile("(?m)^\\s+(\\w+):\\s*\\{pin:\\s*(\\d+)");

    @Test
    void everyBoardProfileHasAWiringSectionNamingEachOfItsPins() throws IOException {
        String guide = Files.readString(GUIDE);
        for (Path board : boards()) {
            String id = board.getFileName().toString().replace(".yaml", "");
            String section = section(guide, "### `" + id + "`");
            Matcher pin = PIN.matcher(Files.readString(board));
            while (pin.find()) {
                assertThat(section).as("wiring of %s: %s", id, pin.group(1)).contains("BCM " + pin.group(2));
            }
        }
    }

    @Test
    void everyReasonCodeHasARowSayingWhatToCheck() throws IOException {
        String guide = Files.readString(GUIDE);
        for (Reason reason : Reason.values()) {
            assertThat(guide).contains("| `" + reason.name() + "` |");
        }
    }

    @Test
    void everyAlarmHasARowSayingWhatToDo() throws IOException {
        String guide = Files.readString(GUIDE);
        for (Alarm alarm : Alarm.values()) {
            assertThat(guide).contains("| `" + alarm.name() + "` |");
        }
    }

    @Test
    void everyRelativeLinkLeadsToAFileThatExists() throws IOException {
        Matcher link = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)").matcher(Files.readString(GUIDE));
        int links = 0;
        while (link.find()) {
            links++;
            assertThat(GUIDE.getParent().resolve(link.group(1))).as("link %s", link.group(1)).exists();
        }
        assertThat(links).isGreaterThan(5);
    }

    @Test
    void theMainReadmeLinksTheGuide() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("(docs/technician.md)");
    }

    private static List<Path> boards() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("hardware-profiles/boards"))) {
            List<Path> boards = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(boards).isNotEmpty();
            return boards;
        }
    }

    /** The text from the heading to the next heading of any level. */
    private static String section(String guide, String heading) {
        int start = guide.indexOf(heading);
        assertThat(start).as("the guide has a section %s", heading).isNotNegative();
        int end = guide.indexOf("\n#", start + heading.length());
        return guide.substring(start, end < 0 ? guide.length() : end);
    }
}
