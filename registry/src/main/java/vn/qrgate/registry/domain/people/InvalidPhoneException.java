package vn.qrgate.registry.domain.people;

/**
 * Text that is not a Vietnamese mobile number. The message says what is wrong and what is allowed,
 * never the number itself (DESIGN §7: no phone number in an exception message).
 */
public class InvalidPhoneException extends IllegalArgumentException {

    public static final String ALLOWED = "a Vietnamese mobile number: 0 and 9 digits starting 03, 05, 07, 08 or 09 "
            + "(e.g. 0912000111), or the same as +84912000111";

    public InvalidPhoneException(String problem) {
        super("phone " + problem + "; allowed: " + ALLOWED);
    }
}
