package vn.qrgate.registry.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.domain.cards.CardBatch;
import vn.qrgate.registry.domain.cards.CardBatch.State;
import vn.qrgate.registry.domain.cards.CardFace;
import vn.qrgate.registry.domain.cards.CardListReading;
import vn.qrgate.registry.domain.cards.CardRow;
import vn.qrgate.registry.domain.cards.IssueOutcome;
import vn.qrgate.registry.domain.cards.Issuer;
import vn.qrgate.registry.domain.cards.NumberedRow;
import vn.qrgate.registry.port.CardBatches;
import vn.qrgate.registry.port.CardIssuance;
import vn.qrgate.registry.port.CardRenderer;

/**
 * Runs bulk uploads on one background thread, so a province-wide upload does not take both cores from the
 * API. The sheet of each finished batch is a file in a folder of its own under the temporary directory
 * (the service's state directory under systemd); batches and their files are forgotten after a day and
 * when the registry stops.
 */
public final class CardBatchJobs implements CardBatches, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CardBatchJobs.class);
    static final Duration KEPT = Duration.ofDays(1);

    private final CardIssuance issuance;
    private final CardRenderer renderer;
    private final Clock clock;
    private final Path folder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "qrgate-card-batches");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** The mutable side of a batch; read as a {@link CardBatch} snapshot. */
    private static final class Job {
        final CardBatch start;
        final Instant created;
        volatile State state = State.QUEUED;
        volatile int done;
        volatile int issued;
        volatile int reused;
        volatile String error;
        volatile Path sheet;

        Job(CardBatch start, Instant created) {
            this.start = start;
            this.created = created;
        }

        CardBatch snapshot() {
            return new CardBatch(start.id(), start.account(), state, start.rows(), start.good(), done, issued, reused,
                    start.ignoredColumns(), start.problems(), Optional.ofNullable(error));
        }
    }

    public CardBatchJobs(CardIssuance issuance, CardRenderer renderer, Clock clock) {
        this.issuance = issuance;
        this.renderer = renderer;
        this.clock = clock;
        try {
            this.folder = Files.createTempDirectory("qrgate-card-batches");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for card sheets in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    @Override
    public CardBatch start(CardListReading reading, Issuer issuer, Duration validity) {
        forgetOld();
        String id = UUID.randomUUID().toString();
        CardBatch batch = new CardBatch(id, issuer.account(), State.QUEUED, reading.dataRows(), reading.good().size(), 0,
                0, 0, reading.ignoredColumns(), reading.problems(), Optional.empty());
        Job job = new Job(batch, clock.instant());
        jobs.put(id, job);
        List<CardRow> people = reading.good().stream().map(NumberedRow::card).toList();
        worker.execute(() -> run(job, people, issuer, validity));
        LOG.info("{} uploaded card batch {}: {} rows, {} good", issuer.account(), id, batch.rows(), batch.good());
        return batch;
    }

    private void run(Job job, List<CardRow> people, Issuer issuer, Duration validity) {
        String id = job.start.id();
        try {
            job.state = State.SIGNING;
            List<IssueOutcome> outcomes = issuance.issueAll(people, issuer, validity, id, n -> job.done = n);
            List<CardFace> faces = new ArrayList<>(outcomes.size());
            int issued = 0;
            for (IssueOutcome o : outcomes) {
                issued += o instanceof IssueOutcome.Issued ? 1 : 0;
                faces.add(o.card().face(Defaults.LOCAL_ZONE));
            }
            job.issued = issued;
            job.reused = outcomes.size() - issued;
            job.state = State.LAYING_OUT;
            if (!faces.isEmpty()) {
                Path sheet = folder.resolve(id + ".pdf");
                try (OutputStream out = Files.newOutputStream(sheet)) {
                    renderer.sheet(faces, out);
                }
                job.sheet = sheet;
            }
            job.state = State.DONE;
            LOG.info("card batch {} done: {} new cards, {} kept", id, job.issued, job.reused);
        } catch (IOException | RuntimeException e) {
            // Messages here name keys, files and rules, never a person (CardRow and the stores see to that).
            job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            job.state = State.FAILED;
            LOG.error("card batch {} failed after {} rows: {}", id, job.done, job.error);
        }
    }

    @Override
    public Optional<CardBatch> batch(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::snapshot);
    }

    @Override
    public boolean writeSheet(String id, OutputStream out) throws IOException {
        Job job = jobs.get(id);
        if (job == null || job.state != State.DONE || job.sheet == null) {
            return false;
        }
        Files.copy(job.sheet, out);
        return true;
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> {
            boolean old = job.created.isBefore(cutoff) && (job.state == State.DONE || job.state == State.FAILED);
            if (old && job.sheet != null) {
                delete(job.sheet);
            }
            return old;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jobs.values().forEach(job -> {
            if (job.sheet != null) {
                delete(job.sheet);
            }
        });
        delete(folder);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", file, e.toString());
        }
    }
}
