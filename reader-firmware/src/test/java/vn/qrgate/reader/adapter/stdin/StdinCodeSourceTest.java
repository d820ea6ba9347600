package vn.qrgate.reader.adapter.stdin;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.reader.domain.RawScan;

class StdinCodeSourceTest {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");
    private static final String CCCD = "058190001234|260123456|Trần Thị Bình|05071990|Nữ|Ninh Thuận|15082021";

    private final List<RawScan> scans = new CopyOnWriteArrayList<>();
    private final AtomicInteger ends = new AtomicInteger();
    private StdinCodeSource source;

    @AfterEach
    void closeSource() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void eachLineIsOneStdinScanWithItsCarriageReturnRemoved() {
        run(input(CCCD + "\r\nsecond\nthird\r\n"), 4096);

        assertThat(texts()).containsExactly(CCCD, "second", "third");
        assertThat(scans).allSatisfy(scan -> {
            assertThat(scan.source()).isEqualTo(ScanSource.STDIN);
            assertThat(scan.receivedAt()).isEqualTo(NOW);
        });
        assertThat(source.describe()).isEqualTo("stdin");
    }

    @Test
    void emptyLinesAreSkippedAndALoneCarriageReturnInsideALineIsKept() {
        run(input("\n\r\none\n\ntw\ro\n"), 4096);

        assertThat(texts()).containsExactly("one", "tw\ro");
    }

    @Test
    void theLastLineCountsEvenWithoutNewlineAndTheEndIsAnnouncedOnce() {
        run(input("first\nlast-without-newline"), 4096);

        assertThat(texts()).containsExactly("first", "last-without-newline");
        assertThat(ends).hasValue(1);
    }

    @Test
    void aLineOverTheCapComesOutAsCapPlusOneBytesAndTheNextLineIsIntact() {
        run(input("0123456789abcdefXYZ\nnext\n"), 16);

        assertThat(texts()).containsExactly("0123456789abcdefX", "next");
    }

    @Test
    void aLineExactlyAtTheCapWithCrlfIsNotMistakenForTooLong() {
        run(input("0123456789abcdef\r\n"), 16);

        assertThat(texts()).containsExactly("0123456789abcdef");
    }

    @Test
    void afterCloseNothingMoreIsDeliveredAndTheEndIsNotAnnounced() throws IOException {
        PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream reader = new PipedInputStream(writer);
        source = new StdinCodeSource(reader, Clock.fixed(NOW, ZoneOffset.UTC), 4096, ends::incrementAndGet);
        source.start(scans::add);
        writer.write("before\n".getBytes(UTF_8));
        writer.flush();
        await().until(() -> texts().contains("before"));

        source.close();

        assertThatThrownBy(() -> writer.write("after\n".getBytes(UTF_8))).isInstanceOf(IOException.class);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> texts().size() == 1);
        assertThat(ends).hasValue(0);
    }

    @Test
    void aSourceStartsOnlyOnce() {
        source = new StdinCodeSource(input("x\n"), () -> { });
        source.start(scan -> { });

        assertThatThrownBy(() -> source.start(scan -> { })).isInstanceOf(IllegalStateException.class);
    }

    private void run(InputStream in, int cap) {
        source = new StdinCodeSource(in, Clock.fixed(NOW, ZoneOffset.UTC), cap, ends::incrementAndGet);
        source.start(scans::add);
        await().until(() -> ends.get() > 0);
    }

    private static InputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }

    private List<String> texts() {
        return scans.stream().map(s -> new String(s.bytes(), UTF_8)).toList();
    }
}
