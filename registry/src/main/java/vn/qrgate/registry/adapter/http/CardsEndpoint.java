package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.mask.Masking;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.cards.IssueOutcome;
import vn.qrgate.registry.domain.cards.Issuer;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.cards.IssuedCard;
import vn.qrgate.registry.domain.people.Person;
import vn.qrgate.registry.domain.trace.AuditEntry;
import vn.qrgate.registry.domain.trace.TraceKind;
import vn.qrgate.registry.domain.trace.TraceWindow;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.AuditLog;
import vn.qrgate.registry.port.CardIssuance;
import vn.qrgate.registry.port.CardRenderer;
import vn.qrgate.registry.port.CardStore;
import vn.qrgate.registry.port.SigningKeyStore.KeyStoreException;

/**
 * Personal QG1 cards: issued one at a time by ward officials, card issuers (schools, employers) and
 * admins, listed and revoked by whoever issued them, and downloaded by their holders after a phone
 * login. Issuing, every download and every revocation go to the audit log. Lists show masked data;
 * the printed card is the one place the full name appears.
 */
public final class CardsEndpoint implements ApiModule {

    private static final Logger LOG = LoggerFactory.getLogger(CardsEndpoint.class);
    private static final int MAX_LIST = 200;

    /** What the endpoint works with. */
    public record Sources(Guard guard, CardIssuance issuing, CardStore cards, AccountStore accounts, AuditLog audit,
            CardRenderer renderer, IssuerLabels labels) {
    }

    private final Sources s;
    private final Clock clock;

    public CardsEndpoint(Sources sources, Clock clock) {
        this.s = sources;
        this.clock = clock;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/v1/cards", this::issue);
        routes.get("/api/v1/cards", this::list);
        routes.get("/api/v1/cards/{id}/card.pdf", this::download);
        routes.post("/api/v1/cards/{id}/revoke", this::revoke);
        routes.get("/api/v1/me/cards", this::mine);
        routes.get("/api/v1/me/cards/{id}/card.pdf", this::downloadMine);
    }

    private Caller.Account issuer(Context ctx) {
        Caller.Account account = s.guard().account(ctx);
        if (!account.role().mayIssueCards()) {
            throw Guard.forbidden(account, "issue QR cards; it needs role ward-official, card-issuer or admin");
        }
        return account;
    }

    void issue(Context ctx) {
        Caller.Account account = issuer(ctx);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Defaults.LOCAL_ZONE);
        CardRequests.CardRequest request = CardRequests.parse(Requests.body(ctx), today);
        IssueOutcome.Issued issued;
        try {
            issued = s.issuing().issue(request.person(), s.labels().of(account), Duration.ofDays(request.validDays()));
        } catch (KeyStoreException e) {
            LOG.error("cannot sign a card: {}", e.getMessage());
            throw ApiError.of(503, "the registry cannot sign cards now: its signing key is not set up or not open "
                    + "(the operator sees why in the log)");
        }
        audit(account, TraceKind.CARD_ISSUED, issued.card());
        LOG.info("{} issued card {}{}", account.id(), issued.card().id(),
                issued.replaced().map(r -> ", replacing " + r).orElse(""));
        ctx.status(201).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeFieldName("card");
            card(g, issued.card(), true);
            if (issued.replaced().isPresent()) {
                g.writeStringField("replaced", issued.replaced().get().toString());
            } else {
                g.writeNullField("replaced");
            }
            g.writeEndObject();
        }));
    }

    void list(Context ctx) {
        Caller.Account account = issuer(ctx);
        int limit = Optional.ofNullable(ctx.queryParam("limit")).map(l -> {
            try {
                return Integer.parseInt(l);
            } catch (NumberFormatException e) {
                return -1;
            }
        }).orElse(50);
        if (limit < 1 || limit > MAX_LIST) {
            throw Requests.bad("limit", ctx.queryParam("limit"), "a whole number from 1 to " + MAX_LIST);
        }
        List<IssuedCard> cards = s.cards().issuedBy(account.id(), limit);
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("cards");
            for (IssuedCard card : cards) {
                card(g, card, false);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    void download(Context ctx) {
        Caller.Account account = s.guard().account(ctx);
        IssuedCard card = known(ctx);
        if (!(account.role() == Role.ADMIN || card.issuedBy().equals(account.id()))) {
            throw Guard.forbidden(account, "download a card it did not issue");
        }
        pdf(ctx, account, card);
    }

    void revoke(Context ctx) {
        Caller.Account account = issuer(ctx);
        IssuedCard card = known(ctx);
        if (!(account.role() == Role.ADMIN || card.issuedBy().equals(account.id()))) {
            throw Guard.forbidden(account, "revoke a card it did not issue");
        }
        IssuedCard revoked = s.cards().revoke(card.id(), clock.instant()).orElseThrow(() ->
                ApiError.of(409, "the card is revoked already").detail("card", card.id().toString()));
        audit(account, TraceKind.CARD_REVOKED, revoked);
        LOG.info("{} revoked card {}", account.id(), card.id());
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeFieldName("card");
            card(g, revoked, false);
            g.writeEndObject();
        }));
    }

    void mine(Context ctx) {
        Caller.Account account = s.guard().account(ctx);
        List<IssuedCard> cards = ownCards(account);
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("cards");
            for (IssuedCard card : cards) {
                card(g, card, true);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    void downloadMine(Context ctx) {
        Caller.Account account = s.guard().account(ctx);
        UUID id = id(ctx);
        IssuedCard card = ownCards(account).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiError.of(404, "you hold no active card with this id").detail("card", id.toString()));
        pdf(ctx, account, card);
    }

    /** A logged-in person's active cards: those issued with the phone they logged in with. */
    private List<IssuedCard> ownCards(Caller.Account account) {
        Optional<Person> person = Guard.personId(account).flatMap(s.accounts()::person);
        return person.map(p -> s.cards().activeByPhone(p.phone())).orElse(List.of());
    }

    private void pdf(Context ctx, Caller.Account account, IssuedCard card) {
        byte[] file = s.renderer().card(card.face(Defaults.LOCAL_ZONE));
        // Audited before the file leaves: a download that cannot be recorded does not happen.
        audit(account, TraceKind.CARD_DOWNLOADED, card);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\"qrgate-card-" + card.id() + ".pdf\"");
        ctx.status(200).contentType(s.renderer().mediaType()).result(file);
    }

    private IssuedCard known(Context ctx) {
        UUID id = id(ctx);
        return s.cards().card(id).orElseThrow(() -> ApiError.of(404, "no card has this id").detail("card", id.toString()));
    }

    private static UUID id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(404, "no card has this id; card ids look like 0f8e…-…").detail("card", Requests.quoted(text));
        }
    }

    private void audit(Caller.Account account, TraceKind kind, IssuedCard card) {
        Instant now = clock.instant();
        s.audit().record(new AuditEntry(now, account.id(), account.role(), kind, card.id().toString(),
                new TraceWindow(card.issuedAt(), card.issuedAt().plusSeconds(1)), 1));
    }

    /** A card in lists: masked name and number; {@code withCode} adds the QG1 text for its own holder or issuer. */
    private static void card(JsonGenerator g, IssuedCard card, boolean withCode) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", card.id().toString());
        g.writeStringField("name", Masking.name(card.person().name()));
        g.writeStringField("document", Masking.documentNumber(card.person().document()));
        g.writeStringField("birthYear", Integer.toString(card.person().birthDate().getYear()));
        if (card.person().group().isPresent()) {
            g.writeStringField("group", card.person().group().get());
        }
        g.writeStringField("issuer", card.issuer());
        g.writeStringField("kid", card.kid());
        g.writeStringField("issuedAt", card.issuedAt().toString());
        g.writeStringField("validUntil", card.face(Defaults.LOCAL_ZONE).validUntil().toString());
        g.writeBooleanField("active", card.active());
        if (card.revokedAt().isPresent()) {
            g.writeStringField("revokedAt", card.revokedAt().get().toString());
        }
        if (withCode) {
            g.writeStringField("code", card.code());
        }
        g.writeEndObject();
    }
}
