package vn.qrgate.registry.domain.cards;

import java.util.Objects;

/** Who issues a card: the account (kept for the record) and the organisation printed on the card. */
public record Issuer(String account, String label) {

    public Issuer {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(label, "label");
    }
}
