package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrgate.registry.testing.TestEvents.VENUE;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.testing.LiveRegistry;
import vn.qrgate.registry.testing.SseStream;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

/**
 * A registry that stops while browsers watch live lists ends their streams and stops quietly. (Once,
 * a stream completed after the server had stopped made Javalin's error handling fail over and over:
 * millions of warnings in a few seconds.)
 */
class LiveShutdownTest {

    @TempDir
    Path dir;

    @Test
    void stopping_with_open_and_abandoned_live_streams_ends_them_and_logs_no_warning() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        log.start();
        List<SseStream> streams = new ArrayList<>();
        try {
            TestRegistry registry = LiveRegistry.start(dir);
            for (int i = 0; i < 5; i++) {
                SseStream stream = SseStream.open(registry.uri("/api/v1/venues/" + VENUE + "/live"), Tokens.STAFF);
                streams.add(stream);
                assertThat(stream.next(Duration.ofSeconds(5)).name()).isEqualTo("snapshot");
            }

            // Three browsers went away (their streams are not noticed gone until the next write), then
            // the registry stops.
            streams.subList(0, 3).forEach(SseStream::close);
            Thread.sleep(200);
            registry.close();

            for (SseStream stream : streams.subList(3, 5)) {
                assertThat(stream.ended(Duration.ofSeconds(5))).as("the stream ends").isTrue();
            }
            Thread.sleep(500);
        } finally {
            streams.forEach(SseStream::close);
            root.detachAppender(log);
        }
        List<ILoggingEvent> events;
        synchronized (log) {
            events = List.copyOf(log.list);
        }
        assertThat(events).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }
}
