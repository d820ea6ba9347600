package vn.qrgate.registry.domain.cards;

import java.util.Optional;
import java.util.UUID;

/** What became of one person's request for a card. */
public sealed interface IssueOutcome permits IssueOutcome.Issued, IssueOutcome.Reused {

    IssuedCard card();

    /** A new card; {@code replaced} is the person's card it revoked. */
    record Issued(IssuedCard card, Optional<UUID> replaced) implements IssueOutcome {
    }

    /** The person's active card already says all this: nothing was signed. */
    record Reused(IssuedCard card) implements IssueOutcome {
    }
}
