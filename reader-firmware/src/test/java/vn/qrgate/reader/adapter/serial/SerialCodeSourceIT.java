package vn.qrgate.reader.adapter.serial;

import vn.qrgate.reader.testing.LogCapture;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.ScanSource;

/**
 * Real bytes through a real tty: socat's pseudo-terminal pair stands in for a USB-COM reader,
 * jSerialComm opens it by its symlink, and stopping socat is the unplug.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SerialCodeSourceIT {

    private static final String CCCD = "058190001234|260123456|Trần Thị Bình|05071990|Nữ|"
            + "Thôn Phước Thiện, Xã Phước Thuận, Huyện Ninh Phước, Ninh Thuận|15082021";
    private static final Duration PAUSE = Duration.ofMillis(150);

    @TempDir
    Path dir;
    SocatPty pty;
    RecordingSink sink = new RecordingSink();
    LogCapture log;
    SerialCodeSource source;

    @BeforeEach
    void plugIn() throws Exception {
        log = new LogCapture(SerialCodeSource.class, Level.DEBUG);
        pty = new SocatPty(dir).start();
    }

    @AfterEach
    void unplug() throws Exception {
        try {
            if (source != null) {
                source.close();
            }
        } finally {
            pty.stop();
            log.close();
        }
    }

    @Test
    void aCccdWrittenInPiecesWithPausesArrivesByteForByte() throws Exception {
        open(defaults());
        byte[] line = (CCCD + "\r").getBytes(UTF_8);
        // cut inside the three bytes of 'ầ', and once more right before the CR
        int insideLetter = CCCD.substring(0, CCCD.indexOf('ầ')).getBytes(UTF_8).length + 1;
        int beforeCr = line.length - 1;

        pty.write(Arrays.copyOfRange(line, 0, insideLetter));
        Thread.sleep(PAUSE.toMillis());
        pty.write(Arrays.copyOfRange(line, insideLetter, beforeCr));
        Thread.sleep(PAUSE.toMillis());
        assertThat(sink.scans()).isEmpty();
        pty.write(Arrays.copyOfRange(line, beforeCr, line.length));

        await().atMost(Duration.ofSeconds(3)).until(() -> !sink.scans().isEmpty());
        assertThat(sink.scans()).singleElement().satisfies(scan -> {
            assertThat(scan.bytes()).isEqualTo(CCCD.getBytes(UTF_8));
            assertThat(scan.source()).isEqualTo(ScanSource.SERIAL);
        });
    }

    @Test
    void severalCodesInOneWriteArriveInOrder() throws Exception {
        open(defaults());

        pty.write("QG1:first\r" + CCCD + "\rthird\r\nfourth\r");

        await().atMost(Duration.ofSeconds(3)).until(() -> sink.scans().size() == 4);
        assertThat(sink.texts()).containsExactly("QG1:first", CCCD, "third", "fourth");
    }

    @Test
    void afterUnplugAndReplugItReconnectsByItselfAndTheNextCodeArrives() throws Exception {
        open(defaults());
        pty.write(CCCD + "\r");
        await().atMost(Duration.ofSeconds(3)).until(() -> sink.scans().size() == 1);

        pty.stop();
        await().atMost(Duration.ofSeconds(3)).until(() -> !source.connected());
        Thread.sleep(PAUSE.toMillis());
        pty.start();
        await().atMost(Duration.ofSeconds(5)).until(source::connected);
        pty.write("after-replug\r");

        await().atMost(Duration.ofSeconds(3)).until(() -> sink.scans().size() == 2);
        assertThat(sink.texts()).containsExactly(CCCD, "after-replug");
        assertThat(log.messages(Level.WARN)).singleElement().asString().contains("reader lost");
        assertThat(log.messages(Level.INFO)).last().asString().contains("reader is back");
        assertThat(log.all()).doesNotContain("058190001234", "Bình", "after-replug");
    }

    @Test
    void aReaderPluggedInAfterTheAgentStartedIsPickedUp() throws Exception {
        pty.stop();
        open(defaults());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !source.connected());

        pty.start();
        await().atMost(Duration.ofSeconds(5)).until(source::connected);
        pty.write("first-scan\r");

        await().atMost(Duration.ofSeconds(3)).until(() -> sink.texts().contains("first-scan"));
        assertThat(log.messages(Level.WARN)).singleElement().asString().contains("does not exist");
    }

    @Test
    void closeReleasesThePortWithinASecondSoAnotherSourceCanOpenIt() throws Exception {
        open(defaults());

        long started = System.nanoTime();
        source.close();
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        pty.write("to-nobody\r");
        Thread.sleep(PAUSE.toMillis());

        assertThat(tookMillis).isLessThan(1000);
        assertThat(source.connected()).isFalse();
        assertThat(sink.scans()).isEmpty();

        RecordingSink second = new RecordingSink();
        source = new SerialCodeSource(defaults());
        source.start(second);
        await().atMost(Duration.ofSeconds(3)).until(source::connected);
        pty.write("next\r");
        await().atMost(Duration.ofSeconds(3)).until(() -> second.texts().contains("next"));
    }

    @Test
    void aReaderWithoutSuffixHasEachBurstEndedByThePauseAfterIt() throws Exception {
        open(SerialSettings.device(pty.reader()).suffix(Suffix.NONE).frameIdleTimeout(Duration.ofMillis(200))
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(400)).build());

        pty.write("ABC");
        await().atMost(Duration.ofSeconds(3)).until(() -> sink.scans().size() == 1);
        pty.write("DEF");

        await().atMost(Duration.ofSeconds(3)).until(() -> sink.scans().size() == 2);
        assertThat(sink.texts()).containsExactly("ABC", "DEF");
    }

    @Test
    void theLineSettingsReachTheTty() throws Exception {
        open(SerialSettings.device(pty.reader()).baud(115200).dataBits(7).parity(SerialSettings.Parity.EVEN)
                .stopBits(2).build());

        // the Linux pty driver forces CS8 and no parity whatever is asked, so only these show here
        assertThat(SocatPty.stty(pty.reader())).contains("115200", "cstopb", "-crtscts", "-ixon", "-icanon", "-echo");
    }

    private void open(SerialSettings settings) {
        source = new SerialCodeSource(settings);
        source.start(sink);
        if (pty.reader().toFile().exists()) {
            await().atMost(Duration.ofSeconds(3)).until(source::connected);
        }
    }

    private SerialSettings defaults() {
        return SerialSettings.device(pty.reader())
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(400)).build();
    }
}
