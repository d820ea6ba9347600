package vn.qrgate.protocol.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.code.Kind;

/**
 * The PC-COVID unified personal QR (v1.1). {@code declaredForOther} is true when someone declared
 * on the holder's behalf (LoaiDinhDanh = 1). The EXT part is kept whole in {@code extension}; the
 * fields we understand from it are lifted out.
 */
public record PcCovidSubject(
        DocumentType documentType,
        String documentNumber,
        String name,
        LocalDate birthDate,
        boolean declaredForOther,
        String qid,
        Optional<String> declarerQid,
        Optional<Sex> sex,
        Optional<String> bhytNumber,
        Optional<String> phone,
        List<String> extension) implements Subject {

    public PcCovidSubject {
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(declarerQid, "declarerQid");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(bhytNumber, "bhytNumber");
        Objects.requireNonNull(phone, "phone");
        extension = List.copyOf(extension);
    }

    @Override
    public Kind kind() {
        return Kind.PCCOVID;
    }

    @Override
    public Identity identity() {
        return new Identity(documentType, documentNumber, name, birthDate, sex.orElse(null), phone.orElse(null));
    }

    /** Personal fields stay out of anything that might be logged (DESIGN §7). */
    @Override
    public String toString() {
        return "PcCovidSubject[personal fields hidden]";
    }
}
