package vn.qrgate.registry.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import vn.qrgate.protocol.trust.SubjectHash;
import vn.qrgate.registry.adapter.keys.Qg1Codes;
import vn.qrgate.registry.domain.cards.CardRow;
import vn.qrgate.registry.domain.cards.IssueOutcome;
import vn.qrgate.registry.domain.cards.IssueOutcome.Issued;
import vn.qrgate.registry.domain.cards.IssueOutcome.Reused;
import vn.qrgate.registry.domain.cards.IssuedCard;
import vn.qrgate.registry.domain.cards.Issuer;
import vn.qrgate.registry.domain.keys.Qg1Claims;
import vn.qrgate.registry.port.CardIssuance;
import vn.qrgate.registry.port.CardStore;
import vn.qrgate.registry.port.CardStore.CardConflictException;
import vn.qrgate.registry.port.SigningKeyStore;
import vn.qrgate.registry.port.SigningKeyStore.OpenedKey;

/**
 * Signs QG1 cards and keeps one active card per person: a new card revokes the one before it. A bulk
 * upload reuses a person's active card when nothing printed on it would change, so the same list sent
 * twice issues nothing twice.
 */
public final class CardIssuing implements CardIssuance {

    private static final int CHUNK = 500;

    private final CardStore store;
    private final SigningKeyStore keys;
    private final Clock clock;
    private volatile String salt;
    private volatile OpenedKey opened;

    public CardIssuing(CardStore store, SigningKeyStore keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Issued issue(CardRow person, Issuer issuer, Duration validity) {
        for (int attempt = 0; ; attempt++) {
            try {
                OpenedKey key = activeKey();
                IssuedCard card = sign(person, issuer, validity, Optional.empty(), key, now());
                return new Issued(card, store.store(List.of(card)).get(0));
            } catch (CardConflictException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** Stored in chunks as they are signed; a card by a revoked key is never reused. */
    @Override
    public List<IssueOutcome> issueAll(List<CardRow> people, Issuer issuer, Duration validity, String batch,
            IntConsumer progress) {
        OpenedKey key = activeKey();
        List<IssueOutcome> out = new ArrayList<>(people.size());
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<CardRow> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            out.addAll(chunk(chunk, issuer, validity, batch, key));
            progress.accept(out.size());
        }
        return out;
    }

    private List<IssueOutcome> chunk(List<CardRow> people, Issuer issuer, Duration validity, String batch, OpenedKey key) {
        for (int attempt = 0; ; attempt++) {
            try {
                List<IssueOutcome> outcomes = new ArrayList<>(people.size());
                List<IssuedCard> fresh = new ArrayList<>();
                Instant now = now();
                List<String> revokedKeys = keys.ring().revokedIds();
                for (CardRow person : people) {
                    Optional<IssuedCard> active = store.active(subjectHash(person.document()));
                    if (active.isPresent() && active.get().sameDetails(person, issuer.label())
                            && !revokedKeys.contains(active.get().kid()) && active.get().expiresAt().isAfter(now)) {
                        outcomes.add(new Reused(active.get()));
                    } else {
                        IssuedCard card = sign(person, issuer, validity, Optional.of(batch), key, now);
                        fresh.add(card);
                        outcomes.add(new Issued(card, Optional.empty()));
                    }
                }
                List<Optional<UUID>> replaced = store.store(fresh);
                List<IssueOutcome> settled = new ArrayList<>(outcomes.size());
                int next = 0;
                for (IssueOutcome o : outcomes) {
                    settled.add(o instanceof Issued i ? new Issued(i.card(), replaced.get(next++)) : o);
                }
                return settled;
            } catch (CardConflictException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private IssuedCard sign(CardRow person, Issuer issuer, Duration validity, Optional<String> batch, OpenedKey key,
            Instant now) {
        String hash = subjectHash(person.document());
        // A card must be issued after every earlier one of the person: "issued before" then tells them apart.
        Instant iat = store.latestIssuedAt(hash).map(latest -> latest.plusSeconds(1)).filter(now::isBefore).orElse(now);
        Qg1Claims claims = new Qg1Claims(key.kid(), person.document(), person.name(), person.birthDate(), iat,
                iat.plus(validity));
        return new IssuedCard(UUID.randomUUID(), hash, person, key.kid(), iat, claims.exp(), issuer.label(),
                issuer.account(), batch, Qg1Codes.sign(claims, key), Optional.empty());
    }

    /** The salted hash the revocation list names this person by. */
    public String subjectHash(String document) {
        String s = salt;
        if (s == null) {
            s = store.revocationSalt();
            salt = s;
        }
        return SubjectHash.of(s, document);
    }

    private OpenedKey activeKey() {
        // Opening costs a slow key derivation: keep the open key while it is still the active one.
        String activeKid = keys.ring().active().map(k -> k.kid()).orElse(null);
        OpenedKey key = opened;
        if (key == null || !key.kid().equals(activeKid)) {
            key = keys.openActive();
            opened = key;
        }
        return key;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
