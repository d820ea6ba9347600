package vn.qrgate.registry.port;

import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import vn.qrgate.registry.domain.cards.CardRow;
import vn.qrgate.registry.domain.cards.IssueOutcome;
import vn.qrgate.registry.domain.cards.Issuer;

/**
 * Signing QG1 cards with one active card per person. Throws {@link SigningKeyStore.KeyStoreException} when
 * the signing key cannot be opened.
 */
public interface CardIssuance {

    /** A new card for one person, valid {@code validity}; the person's active card, if any, is revoked. */
    IssueOutcome.Issued issue(CardRow person, Issuer issuer, Duration validity);

    /**
     * Cards for many people, in order; a person whose active card says the same keeps it. {@code progress}
     * hears how many rows are done as they are.
     */
    List<IssueOutcome> issueAll(List<CardRow> people, Issuer issuer, Duration validity, String batch,
            IntConsumer progress);
}
