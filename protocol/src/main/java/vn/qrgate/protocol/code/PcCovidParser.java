package vn.qrgate.protocol.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.PcCovidSubject;
import vn.qrgate.protocol.subject.Sex;

/**
 * The PC-COVID unified personal QR, v1.1: {@code SoGiayTo|HoTen|NgaySinh|LoaiDinhDanh|QID|EXT}.
 * EXT is split by '<': an optional declarer QID (when declared for someone), then sex (1/2), BHYT
 * number and phone. EXT is informative; only a sex that contradicts a CCCD number rejects.
 */
final class PcCovidParser {

    private static final Kind K = Kind.PCCOVID;
    private static final int MAX_QID_DIGITS = 24;

    private PcCovidParser() {
    }

    static CodeResult parse(List<String> f, LocalDate today) {
        if (f.size() != 6) {
            return CodeResult.rejected(K, Reason.MALFORMED,
                    "expected 6 fields separated by '|' (SoGiayTo|HoTen|NgaySinh|LoaiDinhDanh|QID|EXT), found " + f.size());
        }
        String doc = f.get(0);
        String name = f.get(1);
        String dobText = f.get(2);
        String type = f.get(3);
        String qid = f.get(4);

        // Structure
        if (doc.isEmpty()) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 1 (document number) is empty");
        }
        if (!isPlainCapitals(name)) {
            return CodeResult.rejected(K, Reason.MALFORMED,
                    "field 2 (name) must be capital letters A–Z without diacritics");
        }
        if (!Fields.hasShape(dobText, "dddd-dd-dd")) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 3 (birth date) must be YYYY-MM-DD");
        }
        if (!type.equals("0") && !type.equals("1")) {
            return CodeResult.rejected(K, Reason.MALFORMED,
                    "field 4 (LoaiDinhDanh) must be 0 (self-declared) or 1 (declared for someone)");
        }
        if (!Fields.isDigits(qid) || qid.length() > MAX_QID_DIGITS) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 5 (QID) must be digits only");
        }

        // Numbers
        Optional<DocumentType> docType = DocumentNumbers.typeOf(doc);
        if (docType.isEmpty()) {
            return CodeResult.rejected(K, Reason.BAD_ID_NUMBER,
                    "field 1 (document number) must be a CCCD (12 digits), a CMND (9 digits) or a passport number");
        }
        if (docType.get() == DocumentType.CCCD) {
            CodeResult.Rejected province = DocumentNumbers.checkCccdProvince(K, doc, "field 1 (document number)");
            if (province != null) {
                return province;
            }
        }

        // Dates
        LocalDate birth = Fields.iso(dobText);
        if (birth == null) {
            return CodeResult.rejected(K, Reason.BAD_DATE, "field 3 (birth date) is not a real date");
        }
        if (birth.isAfter(today)) {
            return CodeResult.rejected(K, Reason.FUTURE_DATE, "field 3 (birth date) is in the future");
        }

        Extension ext = Extension.parse(f.get(5));
        if (docType.get() == DocumentType.CCCD) {
            CodeResult.Rejected agrees = DocumentNumbers.checkCccdAgrees(K, doc, "field 1 (document number)",
                    birth, ext.sex.orElse(null));
            if (agrees != null) {
                return agrees;
            }
        }
        return CodeResult.accepted(new PcCovidSubject(docType.get(), doc, name, birth, type.equals("1"), qid,
                ext.declarerQid, ext.sex, ext.bhytNumber, ext.phone, ext.parts));
    }

    private static boolean isPlainCapitals(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (c != ' ' && c != '-' && c != '\'' && c != '.') {
                return false;
            }
        }
        return letter;
    }

    private record Extension(List<String> parts, Optional<String> declarerQid, Optional<Sex> sex,
                             Optional<String> bhytNumber, Optional<String> phone) {

        static Extension parse(String ext) {
            List<String> parts = Fields.split(ext, '<');
            int i = !parts.isEmpty() && parts.get(0).isEmpty() ? 1 : 0;
            Optional<String> declarer = Optional.empty();
            // A long number first is the declarer's QID; sex is a single digit.
            if (i < parts.size() && parts.get(i).length() >= 10 && Fields.isDigits(parts.get(i))) {
                declarer = Optional.of(parts.get(i));
                i++;
            }
            Optional<Sex> sex = Optional.empty();
            if (i < parts.size()) {
                String s = parts.get(i);
                sex = s.equals("1") ? Optional.of(Sex.MALE) : s.equals("2") ? Optional.of(Sex.FEMALE) : Optional.empty();
            }
            Optional<String> bhyt = nonEmpty(parts, i + 1);
            Optional<String> phone = nonEmpty(parts, i + 2).filter(p -> Fields.isDigits(p) && p.length() <= 15);
            return new Extension(ext.isEmpty() ? List.of() : parts, declarer, sex, bhyt, phone);
        }

        private static Optional<String> nonEmpty(List<String> parts, int i) {
            return i < parts.size() && !parts.get(i).isEmpty() ? Optional.of(parts.get(i)) : Optional.empty();
        }
    }
}
