package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.cards.CardBatch;
import vn.qrgate.registry.domain.cards.CardCsv;
import vn.qrgate.registry.domain.cards.CardListReading;
import vn.qrgate.registry.domain.cards.RowProblem;
import vn.qrgate.registry.domain.cards.RowProblems;
import vn.qrgate.registry.domain.trace.AuditEntry;
import vn.qrgate.registry.domain.trace.TraceKind;
import vn.qrgate.registry.domain.trace.TraceWindow;
import vn.qrgate.registry.port.AuditLog;
import vn.qrgate.registry.port.CardBatches;

/**
 * Bulk cards from a class or staff list: the CSV is read and every row checked while the upload waits
 * (50 000 rows take well under a second), then the good rows are signed and laid out in the background
 * while the console polls. Only the uploader (or an admin) sees a batch.
 */
public final class CardBatchesEndpoint implements ApiModule {

    /** 100 000 rows of a generous class list are about 8 MB. */
    static final int MAX_FILE = 16 * 1024 * 1024;
    static final int PROBLEMS_SHOWN = 200;

    private final Guard guard;
    private final CardBatches batches;
    private final IssuerLabels labels;
    private final AuditLog audit;
    private final Clock clock;

    public CardBatchesEndpoint(Guard guard, CardBatches batches, IssuerLabels labels, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.batches = batches;
        this.labels = labels;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/v1/card-batches", this::upload);
        routes.get("/api/v1/card-batches/{id}", this::status);
        routes.get("/api/v1/card-batches/{id}/errors.csv", this::errors);
        routes.get("/api/v1/card-batches/{id}/cards.pdf", this::sheet);
    }

    @Override
    public void close() {
        batches.close();
    }

    void upload(Context ctx) {
        Caller.Account account = guard.account(ctx);
        if (!account.role().mayIssueCards()) {
            throw Guard.forbidden(account, "issue QR cards; it needs role ward-official, card-issuer or admin");
        }
        int validDays = validDays(ctx.queryParam("validDays"));
        long length = ctx.contentLength();
        if (length > MAX_FILE) {
            throw ApiError.of(413, "the file is " + length + " bytes; at most " + MAX_FILE + " (about 100 000 rows): "
                    + "split it into smaller files");
        }
        byte[] file = ctx.bodyAsBytes();
        if (file.length > MAX_FILE) {
            throw ApiError.of(413, "the file is larger than " + MAX_FILE + " bytes; split it into smaller files");
        }
        CardListReading reading = CardCsv.read(file, LocalDate.ofInstant(clock.instant(), Defaults.LOCAL_ZONE));
        if (reading.refusedWhole()) {
            throw ApiError.of(400, "the file cannot be read as a list of people: " + reading.problems().get(0).reason())
                    .detail("problems", problems(reading.problems()));
        }
        CardBatch batch = batches.start(reading, labels.of(account), Duration.ofDays(validDays));
        ctx.header("Location", "/api/v1/card-batches/" + batch.id());
        ctx.status(202).contentType(Json.CONTENT_TYPE).result(Json.write(g -> write(g, batch)));
    }

    void status(Context ctx) {
        CardBatch batch = own(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> write(g, batch)));
    }

    void errors(Context ctx) {
        CardBatch batch = own(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"loi-danh-sach-" + batch.id() + ".csv\"");
        ctx.status(200).contentType(TraceOutput.CSV_CONTENT_TYPE).result(RowProblems.reportCsv(batch.problems()));
    }

    void sheet(Context ctx) throws IOException {
        Caller.Account account = guard.account(ctx);
        CardBatch batch = own(ctx, account);
        if (batch.good() == 0) {
            throw ApiError.of(404, "the list had no good rows: there are no cards to print").detail("batch", batch.id());
        }
        if (batch.state() != CardBatch.State.DONE) {
            throw ApiError.of(409, "the cards are not ready yet (" + batch.state().word() + ", " + batch.done() + " of "
                    + batch.good() + " signed); ask again when the state is done").detail("state", batch.state().word());
        }
        audit.record(new AuditEntry(clock.instant(), account.id(), account.role(), TraceKind.CARD_DOWNLOADED,
                "batch:" + batch.id(), new TraceWindow(clock.instant(), clock.instant().plusSeconds(1)), batch.good()));
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\"the-qr-" + batch.id() + ".pdf\"");
        ctx.status(200).contentType("application/pdf");
        // Streamed from the batch's file: a province's sheet is tens of megabytes, too much to hold per download.
        batches.writeSheet(batch.id(), ctx.outputStream());
    }

    private CardBatch own(Context ctx) {
        return own(ctx, guard.account(ctx));
    }

    private CardBatch own(Context ctx, Caller.Account account) {
        String id = ctx.pathParam("id");
        CardBatch batch = batches.batch(id).orElseThrow(() -> ApiError.of(404,
                "no upload has this id (uploads are kept for a day)").detail("batch", Requests.quoted(id)));
        if (!(account.role() == Role.ADMIN || batch.account().equals(account.id()))) {
            throw Guard.forbidden(account, "see an upload it did not make");
        }
        return batch;
    }

    private static int validDays(String text) {
        if (text == null || text.isEmpty()) {
            return Defaults.QG1_VALID_DAYS;
        }
        try {
            int days = Integer.parseInt(text);
            if (days >= 1 && days <= Defaults.MAX_QG1_VALID_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Requests.bad("validDays", text, "a whole number from 1 to " + Defaults.MAX_QG1_VALID_DAYS);
    }

    private static List<Object> problems(List<RowProblem> problems) {
        return problems.stream().limit(PROBLEMS_SHOWN).<Object>map(p -> java.util.Map.of("row", p.row(),
                "column", p.column(), "reason", p.reason())).toList();
    }

    private static void write(JsonGenerator g, CardBatch batch) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", batch.id());
        g.writeStringField("state", batch.state().word());
        g.writeNumberField("rows", batch.rows());
        g.writeNumberField("good", batch.good());
        g.writeNumberField("bad", batch.bad());
        g.writeNumberField("done", batch.done());
        g.writeNumberField("issued", batch.issued());
        g.writeNumberField("reused", batch.reused());
        g.writeArrayFieldStart("ignoredColumns");
        for (String column : batch.ignoredColumns()) {
            g.writeString(column);
        }
        g.writeEndArray();
        g.writeNumberField("problemCount", batch.problems().size());
        g.writeArrayFieldStart("problems");
        for (RowProblem p : batch.problems().stream().limit(PROBLEMS_SHOWN).toList()) {
            g.writeStartObject();
            g.writeNumberField("row", p.row());
            g.writeStringField("column", p.column());
            g.writeStringField("reason", p.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (batch.error().isPresent()) {
            g.writeStringField("error", batch.error().get());
        }
        g.writeEndObject();
    }
}
