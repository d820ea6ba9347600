package vn.qrgate.registry.domain.area;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An administrative unit (province, district, ward, commune…) as the official list gives it. Codes
 * are digit strings whose leading zeros matter ({@code 01} is Hà Nội). Only a top-level area has no
 * parent. Names are public data, so they may appear in messages.
 */
public record Area(String code, String name, String type, AreaLevel level, Optional<String> parentCode) {

    public static final String CODE_PATTERN = "[0-9]{1,12}";
    public static final int MAX_TEXT_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    public Area {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentCode, "parentCode");
        codeProblem(code).ifPresent(p -> fail("code", p));
        textProblem(name).ifPresent(p -> fail("name", p));
        textProblem(type).ifPresent(p -> fail("type", p));
        parentCode.flatMap(Area::codeProblem).ifPresent(p -> fail("parent code", p));
        if (level.isTop() != parentCode.isEmpty()) {
            throw new IllegalArgumentException("area " + code + " at level " + level.depth()
                    + (level.isTop() ? " must have no parent" : " must have a parent"));
        }
        if (parentCode.isPresent() && parentCode.get().equals(code)) {
            throw new IllegalArgumentException("area " + code + " cannot be its own parent");
        }
    }

    public static Area top(String code, String name, String type, AreaLevel level) {
        return new Area(code, name, type, level, Optional.empty());
    }

    public static Area under(String parentCode, String code, String name, String type, AreaLevel level) {
        return new Area(code, name, type, level, Optional.of(parentCode));
    }

    /** Why {@code code} is not an area code, or empty when it is one. */
    public static Optional<String> codeProblem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("a code is required (digits, e.g. 01 or 00001)");
        }
        if (!CODE.matcher(code).matches()) {
            return Optional.of("'" + code + "' is not a code: 1 to 12 digits 0-9 are allowed, leading zeros kept");
        }
        return Optional.empty();
    }

    /**
     * Why {@code text} is not a usable name or type, or empty when it is one. NFC is required rather
     * than applied: the same Vietnamese name in two normal forms would compare unequal and be stored twice.
     */
    public static Optional<String> textProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.of("is " + text.length() + " characters long; at most " + MAX_TEXT_LENGTH + " are allowed");
        }
        if (!text.strip().equals(text)) {
            return Optional.of("'" + text + "' has spaces at the start or end");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("contains a control character (a tab or line break); only printable text is allowed");
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return Optional.of("'" + text + "' is not in Unicode NFC form (the file must be saved as NFC, "
                    + "e.g. with: uconv -x any-nfc)");
        }
        return Optional.empty();
    }

    private static void fail(String field, String problem) {
        throw new IllegalArgumentException("area " + field + " " + problem);
    }
}
