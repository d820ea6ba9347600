package vn.qrgate.protocol.mask;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Subject;

/**
 * The masked view of DESIGN §7, as pure functions: document number with its first six characters
 * as '*', birth date with day and month hidden, name as initials plus the given name, phone with
 * all but the first two and last two digits hidden, address left out.
 */
public final class Masking {

    private static final int HIDDEN_DOCUMENT_PREFIX = 6;
    /** The masked birth date of a self-declared check-in, which has none. */
    public static final String NO_BIRTH_DATE = "";

    private Masking() {
    }

    public static MaskedSubject mask(Subject subject) {
        return mask(subject.identity());
    }

    public static MaskedSubject mask(Identity identity) {
        return new MaskedSubject(
                identity.documentType(),
                documentNumber(identity.documentNumber()),
                name(identity.name()),
                identity.birthDate() == null ? NO_BIRTH_DATE : birthDate(identity.birthDate()),
                Optional.ofNullable(identity.phone()).map(Masking::phone));
    }

    /** {@code 058190001234} → {@code ******001234}. Short numbers keep at most their last two. */
    public static String documentNumber(String number) {
        int hidden = number.length() > HIDDEN_DOCUMENT_PREFIX + 1
                ? HIDDEN_DOCUMENT_PREFIX
                : Math.max(number.length() - 2, number.length() / 2 + 1);
        hidden = Math.min(hidden, number.length());
        return "*".repeat(hidden) + number.substring(hidden);
    }

    /** {@code 1990-07-05} → {@code **}{@code /**}{@code /1990}. */
    public static String birthDate(LocalDate date) {
        return "**/**/" + date.getYear();
    }

    /** {@code Trần Thị Bình} → {@code T. T. BÌNH}: initials of all but the last word, then the last. */
    public static String name(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < words.length - 1; i++) {
            out.appendCodePoint(Character.toUpperCase(words[i].codePointAt(0))).append(". ");
        }
        return out.append(words[words.length - 1].toUpperCase(Locale.ROOT)).toString();
    }

    /** {@code 0912345678} → {@code 09******78}. */
    public static String phone(String phone) {
        if (phone.length() <= 4) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 2) + "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 2);
    }
}
