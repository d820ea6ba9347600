package vn.qrgate.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.service.testing.NotifySocketListener;

class SystemdNotifierTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void readyWatchdogAndStoppingArriveAtASocketFileInOrder() throws Exception {
        try (NotifySocketListener supervisor = NotifySocketListener.atPath(dir)) {
            SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", supervisor.name()));

            assertThat(notifier.enabled()).isTrue();
            assertThat(notifier.ready("listening on :8080")).isTrue();
            assertThat(notifier.watchdog()).isTrue();
            assertThat(notifier.stopping()).isTrue();

            assertThat(supervisor.next(WAIT)).contains("READY=1\nSTATUS=listening on :8080");
            assertThat(supervisor.next(WAIT)).contains("WATCHDOG=1");
            assertThat(supervisor.next(WAIT)).contains("STOPPING=1\nSTATUS=stopping");
        }
    }

    @Test
    void anAbstractSocketNameReachesTheAbstractSocket() throws Exception {
        try (NotifySocketListener supervisor = NotifySocketListener.abstractName()) {
            SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", supervisor.name()));

            assertThat(notifier.ready("up")).isTrue();

            assertThat(supervisor.next(WAIT)).contains("READY=1\nSTATUS=up");
        }
    }

    @Test
    void aStatusWithANewlineStaysOneAssignment() throws Exception {
        try (NotifySocketListener supervisor = NotifySocketListener.atPath(dir)) {
            SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", supervisor.name()));

            notifier.status("store down\nREADY=1");

            assertThat(supervisor.next(WAIT)).contains("STATUS=store down READY=1");
        }
    }

    @Test
    void withoutNotifySocketNothingIsSentAndNothingFails() {
        SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of());

        assertThat(notifier.enabled()).isFalse();
        assertThat(notifier.ready("up")).isFalse();
        assertThat(notifier.watchdog()).isFalse();
        assertThat(notifier.stopping()).isFalse();
    }

    @Test
    void aSocketNobodyListensOnIsReportedAsNotSentNotThrown() {
        SystemdNotifier notifier = SystemdNotifier.fromEnvironment(
                Map.of("NOTIFY_SOCKET", dir.resolve("nobody.sock").toString()));

        assertThat(notifier.enabled()).isTrue();
        assertThat(notifier.ready("up")).isFalse();
        assertThat(notifier.watchdog()).isFalse();
    }

    @Test
    void aRelativeSocketNameLeavesTheNotifierOff() {
        SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", "run/notify"));

        assertThat(notifier.enabled()).isFalse();
    }
}
