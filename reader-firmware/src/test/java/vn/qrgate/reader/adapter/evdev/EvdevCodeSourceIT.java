package vn.qrgate.reader.adapter.evdev;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.trust.DenyList;
import vn.qrgate.reader.domain.DecisionPipeline;
import vn.qrgate.reader.domain.DuplicateWindow;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.domain.Verdict;
import vn.qrgate.reader.testing.LogCapture;
import vn.qrgate.reader.testing.ManualClock;

/**
 * The real source, libc and all, on a named pipe fed with the recorded event streams: the writer
 * closing is the reader being unplugged, the pipe made again is the reader coming back.
 */
class EvdevCodeSourceIT {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");
    private static final Duration FAST_MIN = Duration.ofMillis(20);
    private static final Duration FAST_MAX = Duration.ofMillis(200);

    @TempDir
    Path dir;
    Path device;
    final ManualClock clock = new ManualClock(NOW);
    final List<RawScan> scans = new CopyOnWriteArrayList<>();
    LogCapture log;
    EvdevCodeSource source;

    @BeforeEach
    void setUp() {
        device = dir.resolve("usb-Barcode_Scanner-event-kbd");
        log = new LogCapture(EvdevCodeSource.class, Level.DEBUG);
    }

    @AfterEach
    void tearDown() {
        if (source != null) {
            source.close();
        }
        log.close();
    }

    private void start(SuffixKey suffix, Duration timeout, boolean grab) {
        WedgeSettings settings = new WedgeSettings(device, suffix, timeout, WedgeSettings.DEFAULT_MAX_CODE_BYTES, grab);
        source = new EvdevCodeSource(settings, clock, LibcInputDevice::open, LibcInputDevice.C_LONG_BYTES, FAST_MIN, FAST_MAX);
        source.start(scans::add);
    }

    private List<String> texts() {
        return scans.stream().map(s -> new String(s.bytes(), UTF_8)).toList();
    }

    private OutputStream pluggedIn(Fifo fifo) throws IOException {
        await().until(source::connected);
        return fifo.openWriter();
    }

    private static void type(OutputStream writer, byte[] events) throws IOException {
        writer.write(events);
        writer.flush();
    }

    @Test
    void codes_typed_on_the_device_reach_the_sink_as_hid_scans_stamped_by_the_clock() throws Exception {
        Fifo fifo = Fifo.create(device);
        start(SuffixKey.ENTER, WedgeSettings.DEFAULT_INTER_KEY_TIMEOUT, true);

        try (OutputStream reader = pluggedIn(fifo)) {
            type(reader, RecordedStreamsTest.fixture("qg1-shift.bin"));
            type(reader, RecordedStreamsTest.fixture("pccovid-caps-lock.bin"));

            await().until(() -> scans.size() == 2);
        }
        assertThat(texts()).containsExactly(EvdevFixtures.text("qg1-ok"), EvdevFixtures.text("pccovid-ok-cccd"));
        assertThat(scans).allSatisfy(scan -> {
            assertThat(scan.source()).isEqualTo(ScanSource.HID);
            assertThat(scan.receivedAt()).isEqualTo(NOW);
        });
        assertThat(source.describe()).isEqualTo("hid:" + device);
    }

    @Test
    void a_reader_unplugged_mid_code_delivers_no_half_code_and_the_next_code_once_it_is_back() throws Exception {
        Fifo fifo = Fifo.create(device);
        // a long timeout, so only the unplugging can end the half code
        start(SuffixKey.ENTER, Duration.ofSeconds(3), true);
        OutputStream first = pluggedIn(fifo);
        type(first, RecordedStreamsTest.fixture("unplugged-mid-code.bin"));
        await().until(() -> scans.size() == 1);

        fifo.delete();
        first.close();
        await().until(() -> !source.connected());
        await().until(() -> log.all().contains("ENOENT"));

        Fifo back = Fifo.create(device);
        try (OutputStream second = pluggedIn(back)) {
            type(second, RecordedStreamsTest.fixture("second-code.bin"));
            await().until(() -> scans.size() == 2);
        }

        assertThat(texts()).containsExactly(EvdevFixtures.FIRST_CODE, EvdevFixtures.SECOND_CODE);
        assertThat(log.messages(Level.WARN)).anySatisfy(m -> assertThat(m).contains("reader lost").contains("end of input"));
        assertThat(log.messages(Level.INFO)).anySatisfy(m -> assertThat(m).contains("reader is back on " + device));
        assertThat(log.all()).doesNotContain(EvdevFixtures.FIRST_CODE, EvdevFixtures.HALF_CODE, EvdevFixtures.SECOND_CODE,
                "eyJ0ZXN0");
    }

    @Test
    void a_device_missing_at_start_is_waited_for_with_one_warning() throws Exception {
        start(SuffixKey.ENTER, WedgeSettings.DEFAULT_INTER_KEY_TIMEOUT, true);
        await().until(() -> log.all().contains("still unavailable"));
        assertThat(source.connected()).isFalse();

        Fifo fifo = Fifo.create(device);
        try (OutputStream reader = pluggedIn(fifo)) {
            type(reader, RecordedStreamsTest.fixture("second-code.bin"));
            await().until(() -> scans.size() == 1);
        }

        assertThat(texts()).containsExactly(EvdevFixtures.SECOND_CODE);
        assertThat(log.messages(Level.WARN)).filteredOn(m -> m.contains("ENOENT")).hasSize(1)
                .allSatisfy(m -> assertThat(m).contains(device.toString()).contains("no such device"));
    }

    @Test
    void a_code_whose_enter_never_comes_is_delivered_once_the_keys_stop() throws Exception {
        Fifo fifo = Fifo.create(device);
        start(SuffixKey.ENTER, Duration.ofMillis(100), true);

        try (OutputStream reader = pluggedIn(fifo)) {
            type(reader, new KeyEventStream().type("QG1:no-enter").bytes());
            await().until(() -> scans.size() == 1);
            assertThat(source.connected()).isTrue();
        }

        assertThat(texts()).containsExactly("QG1:no-enter");
        assertThat(log.messages(Level.DEBUG)).anySatisfy(m -> assertThat(m).contains("inter-key timeout without its ENTER key"));
    }

    @Test
    void without_a_suffix_each_code_ends_with_the_pause_after_it() throws Exception {
        Fifo fifo = Fifo.create(device);
        start(SuffixKey.NONE, Duration.ofMillis(100), true);

        try (OutputStream reader = pluggedIn(fifo)) {
            type(reader, RecordedStreamsTest.fixture("no-suffix-two-codes.bin"));
            await().until(() -> scans.size() == 2);
        }

        assertThat(texts()).containsExactly(EvdevFixtures.NO_SUFFIX_ONE, EvdevFixtures.NO_SUFFIX_TWO);
    }

    @Test
    void a_node_that_cannot_be_grabbed_gets_one_warning_with_path_and_errno_and_is_read_anyway() throws Exception {
        Fifo fifo = Fifo.create(device);
        start(SuffixKey.ENTER, WedgeSettings.DEFAULT_INTER_KEY_TIMEOUT, true);
        try (OutputStream reader = pluggedIn(fifo)) {
            type(reader, RecordedStreamsTest.fixture("second-code.bin"));
            await().until(() -> scans.size() == 1);
        }
        // replugged: the refusal is not warned about again
        await().until(() -> log.all().contains("reader lost"));
        try (OutputStream reader = pluggedIn(fifo)) {
            type(reader, RecordedStreamsTest.fixture("second-code.bin"));
            await().until(() -> scans.size() == 2);
        }

        assertThat(log.messages(Level.WARN)).filteredOn(m -> m.contains("could not grab")).singleElement()
                .satisfies(m -> assertThat(m).contains(device.toString()).contains("ENOTTY")
                        .contains("not an input event device"));
        assertThat(log.messages(Level.DEBUG)).anySatisfy(m -> assertThat(m).contains("grab refused again (ENOTTY)"));
    }

    @Test
    void with_grab_off_no_grab_is_tried() throws Exception {
        Fifo fifo = Fifo.create(device);
        start(SuffixKey.ENTER, WedgeSettings.DEFAULT_INTER_KEY_TIMEOUT, false);
        try (OutputStream reader = pluggedIn(fifo)) {
            type(reader, RecordedStreamsTest.fixture("second-code.bin"));
            await().until(() -> scans.size() == 1);
        }

        assertThat(log.all()).doesNotContain("could not grab").contains("not grabbed (grab is off)");
    }

    @Test
    void close_stops_the_thread_and_closes_the_device() throws Exception {
        Fifo fifo = Fifo.create(device);
        start(SuffixKey.ENTER, WedgeSettings.DEFAULT_INTER_KEY_TIMEOUT, true);
        try (OutputStream reader = pluggedIn(fifo)) {
            source.close();

            assertThat(source.readerThread()).hasValueSatisfying(t -> assertThat(t.isAlive()).isFalse());
            assertThat(source.connected()).isFalse();
            // the pipe has no reader any more: the kernel says so to the writer
            assertThatThrownBy(() -> type(reader, RecordedStreamsTest.fixture("second-code.bin")))
                    .isInstanceOf(IOException.class);
        }
        assertThat(scans).isEmpty();
        assertThat(log.messages(Level.INFO)).anySatisfy(m -> assertThat(m).contains("closed " + device));
    }

    @Test
    void codes_through_a_wedge_are_judged_by_the_pipeline_with_the_serial_mode_advice_when_letters_were_lost()
            throws Exception {
        Fifo fifo = Fifo.create(device);
        start(SuffixKey.ENTER, WedgeSettings.DEFAULT_INTER_KEY_TIMEOUT, true);
        try (OutputStream reader = pluggedIn(fifo)) {
            type(reader, RecordedStreamsTest.fixture("qg1-shift.bin"));
            type(reader, RecordedStreamsTest.fixture("cccd-alt-numpad.bin"));
            type(reader, RecordedStreamsTest.fixture("cccd-unmapped-keys.bin"));
            type(reader, RecordedStreamsTest.fixture("dropped-letters-cccd.bin"));
            await().until(() -> scans.size() == 4);
        }

        DecisionPipeline pipeline = new DecisionPipeline(TestVectors::validator, DenyList::empty,
                DuplicateWindow.disabled(), TestVectors.clock());
        List<Verdict> verdicts = scans.stream().map(s -> pipeline.decide(s, Direction.IN)).toList();

        assertThat(verdicts.get(0).isAccepted()).isTrue();
        assertThat(verdicts.get(0).kind()).isEqualTo(Kind.QG1);
        assertThat(verdicts.subList(1, 4)).allSatisfy(v -> {
            assertThat(v.kind()).isEqualTo(Kind.CCCD);
            assertThat(v.reason()).isEqualTo(Reason.MALFORMED);
            assertThat(v.detail()).endsWith("set the reader to USB-COM/serial mode");
        });
    }
}
