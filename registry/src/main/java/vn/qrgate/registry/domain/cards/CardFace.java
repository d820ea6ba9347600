package vn.qrgate.registry.domain.cards;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one printed QG1 card shows: the code to scan, the holder's name, the masked document number
 * (DESIGN §7), who issued it, the last day it is valid, and optionally a group (a class, a workshop).
 */
public record CardFace(String code, String name, String maskedDocument, String issuer, LocalDate validUntil,
        Optional<String> group) {

    public CardFace {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maskedDocument, "maskedDocument");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(group, "group");
        if (!code.startsWith("QG1:")) {
            throw new IllegalArgumentException("a card carries a QG1 code");
        }
    }

    @Override
    public String toString() {
        return "CardFace[issuer=" + issuer + ", validUntil=" + validUntil + "]";
    }
}
