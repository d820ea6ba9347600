package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.TokenDigest;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.people.Accounts;
import vn.qrgate.registry.domain.people.CodeCheck;
import vn.qrgate.registry.domain.people.CodeRequest;
import vn.qrgate.registry.domain.people.LoginCodes;
import vn.qrgate.registry.domain.people.Person;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.domain.people.SecretTokens;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.port.SmsSender;
import vn.qrgate.registry.port.VenueStore;

/**
 * Login by one-time code to a known phone, logout and "who am I". The code answer is the same for
 * known and unknown phones, so the endpoint does not tell which numbers have accounts.
 */
public final class LoginEndpoint implements ApiModule {

    private static final Logger LOG = LoggerFactory.getLogger(LoginEndpoint.class);

    private final Guard guard;
    private final LoginCodes codes;
    private final AccountStore accounts;
    private final AreaStore areas;
    private final VenueStore venues;
    private final SmsSender sms;
    private final Duration sessionLifetime;
    private final Clock clock;
    private final RandomGenerator random;
    private final Predicate<PhoneNumber> holdsCard;

    /** {@code holdsCard}: whether a phone was given with an active QG1 card, whose holder may log in to download it. */
    public LoginEndpoint(Guard guard, LoginCodes codes, AccountStore accounts, AreaStore areas, VenueStore venues,
            SmsSender sms, Duration sessionLifetime, Clock clock, RandomGenerator random, Predicate<PhoneNumber> holdsCard) {
        this.holdsCard = holdsCard;
        this.guard = guard;
        this.codes = codes;
        this.accounts = accounts;
        this.areas = areas;
        this.venues = venues;
        this.sms = sms;
        this.sessionLifetime = sessionLifetime;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/v1/login/code", this::code);
        routes.post("/api/v1/login/verify", this::verify);
        routes.post("/api/v1/logout", this::logout);
        routes.get("/api/v1/me", this::me);
    }

    void code(Context ctx) {
        PhoneNumber phone = Requests.phone("phone", Requests.text(Requests.body(ctx), "phone", "\"0912000111\""));
        CodeRequest request = codes.request(phone);
        if (request instanceof CodeRequest.Limited limited) {
            throw ApiError.of(429, "a code was sent to this phone a short while ago; ask again in "
                    + limited.retryAfter().toSeconds() + " s").header("Retry-After", Long.toString(limited.retryAfter().toSeconds()))
                    .detail("retryAfterSeconds", limited.retryAfter().toSeconds());
        }
        CodeRequest.Issued issued = (CodeRequest.Issued) request;
        long lifetime = Duration.between(clock.instant(), issued.expiresAt()).toSeconds();
        if (accounts.isKnown(phone) || holdsCard.test(phone)) {
            sms.send(phone, "QR Gate: ma dang nhap cua ban la " + issued.code() + " (het han sau "
                    + Math.max(1, lifetime / 60) + " phut). Khong chia se ma nay.");
        }
        ctx.status(202).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeBooleanField("sent", true);
            g.writeNumberField("expiresInSeconds", lifetime);
            g.writeEndObject();
        }));
    }

    void verify(Context ctx) {
        JsonNode body = Requests.body(ctx);
        PhoneNumber phone = Requests.phone("phone", Requests.text(body, "phone", "\"0912000111\""));
        String code = Requests.text(body, "code", "\"123456\"");
        if (!code.matches("[0-9]{" + LoginCodes.DIGITS + "}")) {
            throw Requests.bad("code", code, LoginCodes.DIGITS + " digits, as in the SMS");
        }
        CodeCheck check = codes.check(phone, code);
        if (check instanceof CodeCheck.TooManyTries) {
            throw ApiError.of(429, "too many wrong codes; ask for a new code");
        }
        if (check instanceof CodeCheck.Expired) {
            throw ApiError.unauthorized("the code has expired; ask for a new code");
        }
        if (check instanceof CodeCheck.NoCode) {
            throw ApiError.unauthorized("no code is waiting for this phone; ask for one first");
        }
        if (check instanceof CodeCheck.Wrong wrong) {
            throw ApiError.unauthorized("wrong code; " + wrong.triesLeft() + " more tries").detail("triesLeft", wrong.triesLeft());
        }
        Optional<Person> known = accounts.person(phone);
        Optional<Caller.Account> found = known.flatMap(p -> Accounts.caller(p, accounts.membershipsOf(p.id())));
        if (found.isEmpty() && holdsCard.test(phone)) {
            known = Optional.of(accounts.ensurePerson(phone));
            found = Accounts.caller(known.get(), List.of(), true);
        }
        Optional<Person> person = known;
        Optional<Caller.Account> account = found;
        if (account.isEmpty()) {
            // Only reachable when the account was removed between the code and this request.
            throw ApiError.unauthorized("this phone has no account any more");
        }
        String token = SecretTokens.newToken(random);
        Instant expiresAt = clock.instant().plus(sessionLifetime);
        accounts.createSession(TokenDigest.ofToken(token), person.get().id(), expiresAt);
        LOG.info("{} logged in ({})", account.get().id(), account.get().role().configName());
        ctx.header("Set-Cookie", BearerToken.SESSION_COOKIE + "=" + token + "; HttpOnly; SameSite=Strict; Path=/; Max-Age="
                + sessionLifetime.toSeconds() + secure(ctx));
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("token", token);
            g.writeStringField("expiresAt", expiresAt.toString());
            g.writeFieldName("account");
            me(g, account.get());
            g.writeEndObject();
        }));
    }

    void logout(Context ctx) {
        BearerToken.presented(ctx).ifPresent(t -> accounts.deleteSession(TokenDigest.ofPresented(t)));
        ctx.header("Set-Cookie", BearerToken.SESSION_COOKIE + "=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0" + secure(ctx));
        ctx.status(204);
    }

    void me(Context ctx) {
        Caller.Account account = guard.account(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> me(g, account)));
    }

    private void me(JsonGenerator g, Caller.Account account) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", account.id());
        g.writeStringField("role", account.role().configName());
        Optional<Area> area = account.area().flatMap(areas::byCode);
        if (account.area().isPresent()) {
            g.writeObjectFieldStart("area");
            g.writeStringField("code", account.area().get());
            g.writeStringField("name", area.map(Area::name).orElse(null));
            g.writeStringField("levelName", area.map(a -> a.level().name()).orElse(null));
            g.writeEndObject();
        } else {
            g.writeNullField("area");
        }
        Set<String> owned = guard.owned(account);
        g.writeArrayFieldStart("venues");
        for (String code : account.venues().stream().sorted().toList()) {
            Optional<Venue> venue = code.matches(VenueCode.PATTERN) ? venues.byCode(VenueCode.of(code)) : Optional.empty();
            g.writeStartObject();
            g.writeStringField("code", code);
            g.writeStringField("name", venue.map(v -> v.registration().name()).orElse(code));
            g.writeStringField("type", venue.map(v -> v.registration().type().wireName()).orElse(null));
            g.writeBooleanField("owner", owned.contains(code));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String secure(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(forwarded) ? "; Secure" : "";
    }
}
