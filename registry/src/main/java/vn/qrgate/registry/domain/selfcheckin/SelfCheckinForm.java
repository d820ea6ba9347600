package vn.qrgate.registry.domain.selfcheckin;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.qrgate.protocol.code.CitizenIds;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.subject.DocumentType;

/**
 * Checks the four fields of the self check-in form. A refusal names the field and the rule, never the
 * value: what was typed is personal data (DESIGN §7), and the person can see it on their own screen.
 */
public final class SelfCheckinForm {

    public static final int MAX_NAME_LENGTH = 100;
    public static final String NAME_RULE = "1–" + MAX_NAME_LENGTH + " letters and spaces";
    public static final String PHONE_RULE = "a Vietnamese mobile number: 10 digits starting 03, 05, 07, 08 or 09 "
            + "(+84 or 84 in front of the 9 digits after the 0 is also taken)";
    public static final String DIRECTION_RULE = "IN or OUT";

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+( [\\p{L}\\p{M}]+)*");
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");

    private SelfCheckinForm() {
    }

    /** The form checked: the declaration, or the first field that breaks its rule. */
    public sealed interface Result permits Valid, Invalid {
    }

    public record Valid(SelfDeclaration declaration) implements Result {
    }

    public record Invalid(String field, String allowed) implements Result {
    }

    /** Each argument as it came from the request; null when the field was missing or not a string. */
    public static Result check(String name, String phone, String documentNumber, String direction) {
        Optional<String> cleanName = name(name);
        if (cleanName.isEmpty()) {
            return new Invalid("name", NAME_RULE);
        }
        Optional<String> mobile = vietnameseMobile(phone);
        if (mobile.isEmpty()) {
            return new Invalid("phone", PHONE_RULE);
        }
        String number = documentNumber == null ? null : documentNumber.strip();
        Optional<DocumentType> type = CitizenIds.typeOf(number);
        if (type.isEmpty()) {
            return new Invalid("documentNumber", CitizenIds.RULE);
        }
        if (!"IN".equals(direction) && !"OUT".equals(direction)) {
            return new Invalid("direction", DIRECTION_RULE);
        }
        return new Valid(new SelfDeclaration(cleanName.get(), mobile.get(), type.get(), number,
                Direction.valueOf(direction)));
    }

    /** NFC, runs of spaces made one, then letters (with their marks) and single spaces only. */
    static Optional<String> name(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * A Vietnamese mobile number in its national form {@code 0XXXXXXXXX}. Kept here until the registry
     * has one phone-number type for logins and forms alike; this is the one place to swap.
     */
    static Optional<String> vietnameseMobile(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip().replaceAll("[ .-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
