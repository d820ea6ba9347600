package vn.qrgate.registry.domain.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.qrgate.protocol.mask.Masking;

/**
 * A QG1 card the registry signed: for whom ({@code person}), under which key, when, by which account
 * ({@code issuedBy}) for which organisation ({@code issuer}, printed on the card), in which bulk upload
 * if any, the code text itself, and when it was revoked if it was. {@code subjectHash} is the salted hash
 * of the document number the revocation list names the person by.
 */
public record IssuedCard(UUID id, String subjectHash, CardRow person, String kid, Instant issuedAt, Instant expiresAt,
        String issuer, String issuedBy, Optional<String> batch, String code, Optional<Instant> revokedAt) {

    public IssuedCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectHash, "subjectHash");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a card expires after it is issued");
        }
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }

    /** What the printed card shows; valid until the local day before the moment it expires. */
    public CardFace face(ZoneId zone) {
        LocalDate lastDay = LocalDate.ofInstant(expiresAt.minusSeconds(1), zone);
        return new CardFace(code, person.name(), Masking.documentNumber(person.document()), issuer, lastDay,
                person.group());
    }

    /** The same card with identical printed details: re-uploading a list issues nothing again. */
    public boolean sameDetails(CardRow other, String otherIssuer) {
        return person.document().equals(other.document()) && person.name().equals(other.name())
                && person.birthDate().equals(other.birthDate()) && person.group().equals(other.group())
                && person.phone().equals(other.phone()) && issuer.equals(otherIssuer);
    }

    public IssuedCard revoked(Instant at) {
        return new IssuedCard(id, subjectHash, person, kid, issuedAt, expiresAt, issuer, issuedBy, batch, code,
                Optional.of(at));
    }

    @Override
    public String toString() {
        return "IssuedCard[" + id + ", kid=" + kid + ", issued " + issuedAt + ", by " + issuedBy
                + revokedAt.map(r -> ", revoked " + r).orElse("") + "]";
    }
}
