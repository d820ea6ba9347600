package vn.qrgate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §6 under the faults a province will see, in one 5,000-scan stream: the broker gone for 30 s,
 * the reader killed with SIGKILL while it drains its backlog, the registry answering 503 for a while,
 * the gateway killed with SIGKILL mid-batch. Afterwards the registry holds every scan exactly once: as
 * many rows as scans, as many distinct event ids, and the reader's seq running 1..N without a gap.
 */
class ChainFaultsIT {

    private static final int SCANS = 5_000;
    /** About 50 s of stream, so the 30 s broker outage falls in its middle. */
    private static final long SCAN_INTERVAL_NANOS = 10_000_000;

    @Test
    void nothingAcceptedIsLostAndNothingCountedTwiceThroughBrokerReaderRegistryAndGatewayFaults(@TempDir Path dir)
            throws Exception {
        List<String> codes = SampleCodes.cccd();
        try (ChainSite site = new ChainSite(dir)) {
            Feeder feeder = new Feeder(site, codes);
            try {
                site.startRegistry();
                site.startGatewayProcess();
                site.startReaderProcess();
                feeder.start();

                // 1. The broker stops for 30 s while scans go on (the reader keeps deciding offline).
                await().atMost(Duration.ofSeconds(30)).until(() -> feeder.sent.get() >= 400);
                site.broker.stop();
                Thread.sleep(30_000);
                site.broker.restart();

                // 2. The reader is killed as soon as it is back on the broker, draining the outage's backlog.
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> site.readerConnections() >= 2);
                feeder.hold();
                site.killReader();
                long readerBacklogLeft = site.readerUnacked();
                // A scan written in the last instant may have died with the reader before its commit: it was
                // never accepted (no gate opened), so it is not owed to the registry.
                long lostInFlight = feeder.sent.get() - site.readerLastSeq();
                site.scanner.stop();
                site.scanner.start();
                site.startReaderProcess();
                assertThat(readerBacklogLeft).as("the reader was killed with a backlog to drain").isPositive();
                assertThat(lostInFlight).as("scans lost with the killed reader before their commit").isBetween(0L, 2L);
                settleAndCheck(site, "after the broker outage and the reader's kill");
                feeder.carryOn();

                // 3. The registry answers 503 for 8 s (its database is locked by another writer).
                try (Connection lock = site.lockRegistry()) {
                    Thread.sleep(8_000);
                    try (var statement = lock.createStatement()) {
                        statement.execute("ROLLBACK");
                    }
                }
                feeder.hold();
                settleAndCheck(site, "after the registry's 503s");
                feeder.carryOn();

                // 4. The gateway is killed mid-batch and started again.
                await().atMost(Duration.ofSeconds(30)).until(() -> feeder.sent.get() >= SCANS - 500 || feeder.done.get());
                site.killGateway();
                Thread.sleep(1_000);
                site.startGatewayProcess();

                await().atMost(Duration.ofSeconds(60)).until(feeder.done::get);
                long committed = settleAndCheck(site, "after the gateway's kill, at the end of the stream");
                assertThat(committed).isEqualTo(SCANS - lostInFlight);
                assertThat(site.readerCommitted()).isEqualTo(committed);
                // The faults happened as planned: the registry said 503, the second gateway took over.
                assertThat(Files.readString(dir.resolve("gateway-1.log"), StandardCharsets.UTF_8))
                        .contains("the registry is busy (503");
                assertThat(Files.readString(dir.resolve("gateway-2.log"), StandardCharsets.UTF_8)).contains("running");
            } catch (Throwable e) {
                throw new AssertionError(e.getMessage() + "\n" + site.logs(), e);
            } finally {
                feeder.stopFeeding();
            }
        }
    }

    /**
     * With no scan coming in, waits until the registry holds as many of the reader's events as the reader
     * committed, and checks they are exactly those: one row per seq 1..last, no id twice. Returns last.
     */
    private static long settleAndCheck(ChainSite site, String when) throws Exception {
        long last = site.readerLastSeq();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> site.registryRows().count() >= last);
        Thread.sleep(2_000); // a duplicate would arrive now, after the last new event
        assertThat(site.registryRows()).as(when).isEqualTo(new ChainSite.Rows(last, last, 1, last));
        return last;
    }

    /** Scans the codes in turn at a steady pace, and can hold still while the reader is restarted. */
    private static final class Feeder extends Thread {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicBoolean done = new AtomicBoolean();
        private final AtomicBoolean paused = new AtomicBoolean();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final ChainSite site;
        private final List<String> codes;

        Feeder(ChainSite site, List<String> codes) {
            super("scan-feeder");
            setDaemon(true);
            this.site = site;
            this.codes = codes;
        }

        void hold() throws InterruptedException {
            paused.set(true);
            Thread.sleep(50); // let a scan being written finish
        }

        void carryOn() {
            paused.set(false);
        }

        void stopFeeding() {
            stopped.set(true);
        }

        @Override
        public void run() {
            long next = System.nanoTime();
            for (int i = 0; i < SCANS && !stopped.get(); i++) {
                while (paused.get() && !stopped.get()) {
                    sleepQuietly(10);
                    next = System.nanoTime();
                }
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    sleepQuietly(wait / 1_000_000);
                }
                site.scan(codes.get(i % codes.size()));
                sent.incrementAndGet();
                next += SCAN_INTERVAL_NANOS;
            }
            done.set(true);
        }

        private static void sleepQuietly(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
