package vn.qrgate.reader.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.testing.LogCapture;

class SourceLifecycleTest {

    private static final Logger LOG = LoggerFactory.getLogger(SourceLifecycleTest.class);

    private static RawScan scan(String text) {
        return new RawScan(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), ScanSource.SERIAL, Instant.EPOCH, 0);
    }

    @Test
    void an_input_starts_once_and_never_after_it_was_closed() {
        SourceLifecycle once = new SourceLifecycle("serial:/dev/ttyACM0");
        once.claimStart();
        SourceLifecycle closed = new SourceLifecycle("serial:/dev/ttyACM1");
        closed.beginClose();

        assertThatThrownBy(once::claimStart).hasMessage("serial:/dev/ttyACM0 was already started");
        assertThatThrownBy(closed::claimStart).hasMessage("serial:/dev/ttyACM1 is closed and cannot start again");
    }

    @Test
    void nothing_is_handed_over_once_closing_has_begun_and_only_the_first_close_counts() {
        SourceLifecycle lifecycle = new SourceLifecycle("hid:/dev/input/event3");
        List<RawScan> got = new ArrayList<>();

        lifecycle.deliver(got::add, scan("first"), LOG);
        assertThat(lifecycle.beginClose()).isTrue();
        lifecycle.deliver(got::add, scan("second"), LOG);

        assertThat(got).hasSize(1);
        assertThat(lifecycle.stopping()).isTrue();
        assertThat(lifecycle.beginClose()).isFalse();
    }

    @Test
    void a_failing_sink_is_logged_by_exception_type_without_its_message_and_reading_goes_on() {
        SourceLifecycle lifecycle = new SourceLifecycle("camera:rpicam-vid");
        try (LogCapture logs = new LogCapture(SourceLifecycleTest.class, Level.DEBUG)) {
            lifecycle.deliver(s -> {
                throw new IllegalStateException("058190001234");
            }, scan("058190001234"), LOG);

            assertThat(logs.messages(Level.ERROR)).containsExactly(
                    "camera:rpicam-vid: the scan sink failed with java.lang.IllegalStateException; the scan is dropped");
            assertThat(logs.all()).doesNotContain("058190001234");
        }
    }

    @Test
    void a_pause_ends_as_soon_as_closing_begins() throws InterruptedException {
        SourceLifecycle lifecycle = new SourceLifecycle("serial:/dev/ttyUSB0");
        CountDownLatch paused = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            lifecycle.pause(Duration.ofMinutes(10));
            paused.countDown();
        });
        waiter.start();

        lifecycle.beginClose();

        assertThat(paused.await(10, TimeUnit.SECONDS)).isTrue();
        lifecycle.join(waiter, 5000, LOG);
        assertThat(waiter.isAlive()).isFalse();
    }
}
