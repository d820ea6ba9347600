package vn.qrgate.registry.domain.cards;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a class or staff list, each known by a Vietnamese or English header (with or without
 * diacritics, since not every keyboard types them) in any letter case.
 */
enum CardColumn {
    DOCUMENT("document number", true, "so_giay_to", "số giấy tờ", "cccd", "document"),
    NAME("name", true, "ho_ten", "họ tên", "họ và tên", "name"),
    BIRTH_DATE("birth date", true, "ngay_sinh", "ngày sinh", "dob", "birth_date"),
    PHONE("phone", false, "so_dien_thoai", "số điện thoại", "dien_thoai", "phone"),
    GROUP("group", false, "lop", "lớp", "to", "tổ", "group");

    private final String label;
    private final boolean required;
    private final List<String> headers;

    CardColumn(String label, boolean required, String... headers) {
        this.label = label;
        this.required = required;
        this.headers = List.of(headers);
    }

    /** What the column holds, in words. */
    String label() {
        return label;
    }

    boolean required() {
        return required;
    }

    /** The accepted headers, for a message: {@code so_giay_to, số giấy tờ, cccd or document}. */
    String accepted() {
        return String.join(", ", headers.subList(0, headers.size() - 1)) + " or " + headers.get(headers.size() - 1);
    }

    /** The column a header names, once trimmed, NFC-normalised and lower-cased. */
    static Optional<CardColumn> of(String header) {
        String key = normalise(header);
        for (CardColumn column : values()) {
            if (column.headers.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static String normalise(String header) {
        // Lower-casing a composed capital gives a composed small letter; normalising again makes sure.
        String lower = Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }
}
