package vn.qrgate.registry.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.qrgate.registry.domain.cards.IssuedCard;
import vn.qrgate.registry.domain.cards.SubjectRevocation;
import vn.qrgate.registry.domain.people.PhoneNumber;

/**
 * The QG1 cards the registry signed. At most one active card per person: storing a card revokes the
 * person's active one in the same transaction. Methods may throw {@link StoreBusyException} or
 * {@link StoreFailureException}; neither names a person.
 */
public interface CardStore {

    /** The salt of the revocation list's subject hashes, made at first use and the same ever after. */
    String revocationSalt();

    Optional<IssuedCard> active(String subjectHash);

    /** The active cards of these people, by subject hash (a bulk upload asks for a few hundred at a time). */
    java.util.Map<String, IssuedCard> active(java.util.Collection<String> subjectHashes);

    /** When each of these people's latest card was issued, by subject hash; people without a card are absent. */
    java.util.Map<String, Instant> latestIssuedAt(java.util.Collection<String> subjectHashes);

    /** When the person's latest card (active or not) was issued: a new card must be issued after it. */
    Optional<Instant> latestIssuedAt(String subjectHash);

    /**
     * Stores the cards in one transaction, in order; each revokes, at its own issue time, the active card of
     * its person. The answer holds, for each card, the id of the card it replaced.
     *
     * @throws CardConflictException when another issuer stored a card for one of these people meanwhile
     */
    List<Optional<UUID>> store(List<IssuedCard> cards);

    Optional<IssuedCard> card(UUID id);

    /** Revokes an active card; the card as revoked, or empty when there is no such active card. */
    Optional<IssuedCard> revoke(UUID id, Instant at);

    /** Whether this phone number was given for an active card: its holder may log in. */
    boolean holdsActiveCard(PhoneNumber phone);

    /** The active cards whose holder gave this phone number, newest first. */
    List<IssuedCard> activeByPhone(PhoneNumber phone);

    /** Cards issued by an account, newest first, at most {@code limit}. */
    List<IssuedCard> issuedBy(String account, int limit);

    /** Revoked cards not expired yet, one entry per person: what gates must still refuse. */
    List<SubjectRevocation> revocations(Instant now);

    void putOrganisation(long personId, String organisation);

    Optional<String> organisation(long personId);

    /** Two issuers wrote a card for the same person at the same moment; trying again settles it. */
    final class CardConflictException extends RuntimeException {
        public CardConflictException() {
            super("another card was stored for the same person at the same time", null, false, false);
        }
    }
}
