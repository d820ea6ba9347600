package vn.qrgate.registry.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                Instant now = now();
                List<String> revokedKeys = keys.ring().revokedIds();
                List<String> hashes = people.stream().map(p -> subjectHash(p.document())).toList();
                Map<String, IssuedCard> active = store.active(hashes);
                Map<String, Instant> latest = store.latestIssuedAt(hashes);
                IssueOutcome[] outcomes = new IssueOutcome[people.size()];
                List<Integer> fresh = new ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    IssuedCard current = active.get(hashes.get(i));
                    if (current != null && current.sameDetails(people.get(i), issuer.label())
                            && !revokedKeys.contains(current.kid()) && current.expiresAt().isAfter(now)) {
                        outcomes[i] = new Reused(current);
                    } else {
                        fresh.add(i);
                    }
                }
                // Signing is the costly part: both cores take a share.
                List<IssuedCard> signed = fresh.parallelStream().map(i -> sign(people.get(i), hashes.get(i),
                        latest.get(hashes.get(i)), issuer, validity, Optional.of(batch), key, now)).toList();
                List<Optional<UUID>> replaced = store.store(signed);
                for (int n = 0; n < fresh.size(); n++) {
                    outcomes[fresh.get(n)] = new Issued(signed.get(n), replaced.get(n));
                }
                return List.of(outcomes);
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
        return sign(person, hash, store.latestIssuedAt(hash).orElse(null), issuer, validity, batch, key, now);
    }

    private IssuedCard sign(CardRow person, String hash, Instant latest, Issuer issuer, Duration validity,
            Optional<String> batch, OpenedKey key, Instant now) {
        // A card must be issued after every earlier one of the person: "issued before" then tells them apart.
        Instant iat = latest != null && !now.isAfter(latest) ? latest.plusSeconds(1) : now;
        Qg1Claims claims = new Qg1Claims(key.kid(), person.document(), person.name(), person.birthDate(), iat,
                iat.plus(validity));
        return new IssuedCard(UUID.randomUUID(), hash, person, key.kid(), iat, claims.exp(), issuer.label(),
                issuer.account(), batch, Qg1Codes.sign(claims, key), Optional.empty());
    }

    /** The salted hash the revocation list names this person by. */
    public String subjectHash(String document) {
        return SubjectHash.of(store.revocationSalt(), document);
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
