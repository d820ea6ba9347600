package vn.qrgate.registry.domain.cards;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.code.CitizenIds;
import vn.qrgate.registry.domain.keys.PersonRules;
import vn.qrgate.registry.domain.people.PhoneNumber;

/**
 * The person a QG1 card is issued for, checked as the readers check them: document number, name, birth
 * date, and optionally the phone they log in with to download the card themselves and the group printed
 * on it (a class, a workshop). Messages name the field, never its value: every value here is personal.
 */
public record CardRow(String document, String name, LocalDate birthDate, Optional<PhoneNumber> phone,
        Optional<String> group) {

    public static final int MAX_GROUP_LENGTH = 40;
    public static final String GROUP_RULE = "at most " + MAX_GROUP_LENGTH + " characters, no line breaks";

    public CardRow {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(group, "group");
        if (!PersonRules.documentNumberValid(document)) {
            throw new InvalidCardRowException("document", PersonRules.DOC_RULE);
        }
        if (!PersonRules.nameValid(name)) {
            throw new InvalidCardRowException("name", PersonRules.NAME_RULE);
        }
        if (!CitizenIds.agreesWithBirthDate(document, birthDate)) {
            throw new InvalidCardRowException("birthDate", CitizenIds.BIRTH_RULE);
        }
        group = group.map(String::strip).filter(g -> !g.isEmpty());
        if (group.isPresent() && !groupValid(group.get())) {
            throw new InvalidCardRowException("group", GROUP_RULE);
        }
    }

    public static boolean groupValid(String group) {
        return group.codePointCount(0, group.length()) <= MAX_GROUP_LENGTH
                && group.codePoints().noneMatch(Character::isISOControl);
    }

    @Override
    public String toString() {
        return "CardRow[personal data hidden]";
    }

    /** A field that breaks its rule; says which field and the rule, not the value. */
    public static final class InvalidCardRowException extends IllegalArgumentException {
        private final String field;

        public InvalidCardRowException(String field, String rule) {
            super(field + " is wrong; allowed: " + rule);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
