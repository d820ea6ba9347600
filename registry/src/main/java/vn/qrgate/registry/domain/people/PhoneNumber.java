package vn.qrgate.registry.domain.people;

import java.util.Objects;
import java.util.Set;
import vn.qrgate.protocol.mask.Masking;

/**
 * A Vietnamese mobile number in its national form, {@code 0} and nine digits ({@code 0905123456}). The
 * international forms {@code +84…} and {@code 84…} and spaces, dots or dashes between digit groups are
 * accepted and normalised, so one person is one number however it was typed. {@link #toString} is
 * masked: a number that slips into a log line or message is not readable there.
 */
public record PhoneNumber(String value) {

    /** Mobile prefixes since the 2018 renumbering; 02x are landlines, which cannot receive a code. */
    private static final Set<Character> MOBILE_SECOND_DIGITS = Set.of('3', '5', '7', '8', '9');

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        if (value.length() != 10 || value.charAt(0) != '0' || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidPhoneException("is not in the national form 0 and 9 digits");
        }
        if (!MOBILE_SECOND_DIGITS.contains(value.charAt(1))) {
            throw new InvalidPhoneException("starts with 0" + value.charAt(1) + ", not a mobile prefix");
        }
    }

    /** The number as a person or a form typed it. */
    public static PhoneNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPhoneException("is missing");
        }
        String compact = text.strip().replaceAll("[ .\\-()]", "");
        String digits;
        if (compact.startsWith("+84")) {
            digits = "0" + compact.substring(3);
        } else if (compact.startsWith("84") && compact.length() == 11) {
            digits = "0" + compact.substring(2);
        } else {
            digits = compact;
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidPhoneException("contains characters other than digits, spaces, dots, dashes and a leading +");
        }
        if (digits.length() != 10 || digits.charAt(0) != '0') {
            throw new InvalidPhoneException("has " + digits.length() + " digits" + (digits.startsWith("0") ? ""
                    : " and does not start with 0 or +84"));
        }
        return new PhoneNumber(digits);
    }

    /** DESIGN §7's masked form, {@code 09******56}: what lists and logs show. */
    public String masked() {
        return Masking.phone(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
