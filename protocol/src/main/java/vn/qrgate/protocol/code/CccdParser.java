package vn.qrgate.protocol.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.qrgate.protocol.subject.CccdSubject;
import vn.qrgate.protocol.subject.Sex;

/**
 * The chip ID card QR: {@code ID12|CMND9 or empty|NAME|DDMMYYYY|Nam or Nữ|address|DDMMYYYY issue}.
 * Newer cards append fields; the first seven are parsed and the rest kept.
 */
final class CccdParser {

    static final String WEDGE_HINT = "text fields contain '?' where Vietnamese letters belong: the reader "
            + "is typing as a keyboard; set the reader to USB-COM/serial mode";

    private static final Kind K = Kind.CCCD;

    private CccdParser() {
    }

    static CodeResult parse(List<String> f, LocalDate today) {
        if (f.size() < 7) {
            return CodeResult.rejected(K, Reason.MALFORMED,
                    "expected at least 7 fields separated by '|', found " + f.size());
        }
        String id = f.get(0);
        String oldId = f.get(1);
        String name = f.get(2).strip();
        String birthText = f.get(3);
        String sexWord = f.get(4);
        String address = f.get(5).strip();
        String issueText = f.get(6);

        // Structure
        if (Fields.looksWedgeMangled(name) || Fields.looksWedgeMangled(sexWord) || Fields.looksWedgeMangled(address)) {
            return CodeResult.rejected(K, Reason.MALFORMED, WEDGE_HINT);
        }
        if (name.isEmpty()) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 3 (name) is empty");
        }
        if (Fields.hasControlChars(name) || Fields.hasControlChars(address)) {
            return CodeResult.rejected(K, Reason.MALFORMED, "name or address contains control characters");
        }
        Sex sex = sexOf(sexWord);
        if (sex == null) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 5 (sex) must be 'Nam' or 'Nữ'");
        }
        if (!Fields.isDigits(birthText, 8)) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 4 (birth date) must be 8 digits DDMMYYYY");
        }
        if (!Fields.isDigits(issueText, 8)) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 7 (issue date) must be 8 digits DDMMYYYY");
        }

        // Numbers
        if (!Fields.isDigits(id, 12)) {
            return CodeResult.rejected(K, Reason.BAD_ID_NUMBER, "field 1 (ID number) must be exactly 12 digits");
        }
        if (!oldId.isEmpty() && !Fields.isDigits(oldId, 9) && !Fields.isDigits(oldId, 12)) {
            return CodeResult.rejected(K, Reason.BAD_ID_NUMBER,
                    "field 2 (old ID number) must be empty, 9 digits (CMND) or 12 digits");
        }
        CodeResult.Rejected province = DocumentNumbers.checkCccdProvince(K, id, "field 1 (ID number)");
        if (province != null) {
            return province;
        }

        // Dates
        LocalDate birth = Fields.ddmmyyyy(birthText);
        if (birth == null) {
            return CodeResult.rejected(K, Reason.BAD_DATE, "field 4 (birth date) is not a real date");
        }
        LocalDate issue = Fields.ddmmyyyy(issueText);
        if (issue == null) {
            return CodeResult.rejected(K, Reason.BAD_DATE, "field 7 (issue date) is not a real date");
        }
        if (birth.isAfter(today)) {
            return CodeResult.rejected(K, Reason.FUTURE_DATE, "field 4 (birth date) is in the future");
        }
        if (issue.isAfter(today)) {
            return CodeResult.rejected(K, Reason.FUTURE_DATE, "field 7 (issue date) is in the future");
        }
        if (issue.isBefore(birth)) {
            return CodeResult.rejected(K, Reason.BAD_DATE, "field 7 (issue date) is before the birth date");
        }

        // Agreement of the number with the dates and sex
        CodeResult.Rejected agrees = DocumentNumbers.checkCccdAgrees(K, id, "field 1 (ID number)", birth, sex);
        if (agrees != null) {
            return agrees;
        }

        return CodeResult.accepted(new CccdSubject(id, oldId.isEmpty() ? Optional.empty() : Optional.of(oldId),
                name, birth, sex, address, issue, f.subList(7, f.size())));
    }

    static Sex sexOf(String word) {
        if (word.equals("Nam")) {
            return Sex.MALE;
        }
        if (word.equals("Nữ")) {
            return Sex.FEMALE;
        }
        return null;
    }
}
