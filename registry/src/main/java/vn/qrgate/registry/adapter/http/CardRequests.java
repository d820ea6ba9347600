package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.qrgate.protocol.code.CitizenIds;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.domain.cards.CardRow;
import vn.qrgate.registry.domain.keys.PersonRules;
import vn.qrgate.registry.domain.people.InvalidPhoneException;
import vn.qrgate.registry.domain.people.PhoneNumber;

/**
 * The card form's JSON: {@code {"document","name","birthDate","phone"?,"group"?,"validDays"?}}. Every wrong
 * field is reported in one 400, each with its rule; values are not echoed, being personal data.
 */
final class CardRequests {

    record CardRequest(CardRow person, int validDays) {
    }

    private CardRequests() {
    }

    static CardRequest parse(JsonNode body, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        String document = text(body, "document", problems).map(String::strip).orElse(null);
        String name = text(body, "name", problems).map(CardRequests::tidyName).orElse(null);
        String birth = text(body, "birthDate", problems).map(String::strip).orElse(null);
        if (document != null && !PersonRules.documentNumberValid(document)) {
            problems.put("document", PersonRules.DOC_RULE);
        }
        if (name != null && !PersonRules.nameValid(name)) {
            problems.put("name", PersonRules.NAME_RULE);
        }
        Optional<LocalDate> birthDate = birth == null ? Optional.empty() : PersonRules.birthDate(birth, today);
        if (birth != null && birthDate.isEmpty()) {
            problems.put("birthDate", PersonRules.DOB_RULE);
        } else if (birthDate.isPresent() && !problems.containsKey("document")
                && !CitizenIds.agreesWithBirthDate(document, birthDate.get())) {
            problems.put("birthDate", CitizenIds.BIRTH_RULE);
        }
        Optional<PhoneNumber> phone = Optional.empty();
        if (Requests.has(body, "phone") && !body.get("phone").asText().isBlank()) {
            try {
                phone = Optional.of(PhoneNumber.parse(body.get("phone").asText()));
            } catch (InvalidPhoneException e) {
                problems.put("phone", InvalidPhoneException.ALLOWED);
            }
        }
        Optional<String> group = Requests.has(body, "group") ? Optional.of(body.get("group").asText().strip())
                .filter(g -> !g.isEmpty()) : Optional.empty();
        if (group.isPresent() && !CardRow.groupValid(group.get())) {
            problems.put("group", CardRow.GROUP_RULE);
        }
        int validDays = Defaults.QG1_VALID_DAYS;
        if (Requests.has(body, "validDays")) {
            JsonNode days = body.get("validDays");
            if (!days.canConvertToInt() || days.asInt() < 1 || days.asInt() > Defaults.MAX_QG1_VALID_DAYS) {
                problems.put("validDays", "a whole number from 1 to " + Defaults.MAX_QG1_VALID_DAYS);
            } else {
                validDays = days.asInt();
            }
        }
        if (!problems.isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            problems.forEach((field, rule) -> list.add(Map.of("field", field, "allowed", rule)));
            throw ApiError.of(400, "wrong fields: " + String.join("; ", problems.entrySet().stream()
                    .map(e -> e.getKey() + " must be " + e.getValue()).toList())).detail("problems", list);
        }
        return new CardRequest(new CardRow(document, name, birthDate.orElseThrow(), phone, group), validDays);
    }

    /** NFC, and the spaces people type twice or at the ends taken out. */
    static String tidyName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static Optional<String> text(JsonNode body, String field, Map<String, String> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
            problems.put(field, "required text");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }
}
