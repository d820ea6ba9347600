package vn.qrgate.reader.adapter.camera;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.testing.ManualClock;

/** Starts camera sources for a test, keeps what they deliver, and closes them afterwards. */
final class CameraRuns implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

    private final ManualClock clock = new ManualClock(NOW);
    private final List<RawScan> scans = new CopyOnWriteArrayList<>();
    private final List<CameraCodeSource> sources = new ArrayList<>();

    CameraCodeSource start(CameraSettings settings, RecordingDecoder decoder) {
        CameraCodeSource source = new CameraCodeSource(settings, decoder, clock);
        decoder.watch(source);
        sources.add(source);
        source.start(scans::add);
        return source;
    }

    List<RawScan> scans() {
        return List.copyOf(scans);
    }

    List<String> texts() {
        return scans.stream().map(s -> new String(s.bytes(), UTF_8)).toList();
    }

    /** Until every frame was read and the decoder has finished with the last one. */
    static void awaitAllDecoded(CameraCodeSource source, long frames) {
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20)).until(() -> {
            CameraCounters c = source.counters();
            return c.framesRead() == frames && c.framesDecoded() + c.framesSkipped() == frames;
        });
    }

    static void assertNoPersonalData(String logText) {
        for (String number : TestCodes.DOCUMENT_NUMBERS) {
            assertThat(logText).doesNotContain(number);
        }
        assertThat(logText).doesNotContain("Trần").doesNotContain("QG1:").doesNotContain("|");
    }

    @Override
    public void close() {
        sources.forEach(CameraCodeSource::close);
    }
}
