package vn.qrgate.protocol.code;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.TrustList;

/**
 * Decides what a scanned code is and whether it holds: hygiene, classification, then the kind's
 * own checks. Immutable and thread-safe; swap in a new instance when the trust list changes.
 * Dates are judged in the clock's time zone, so give it the venue's zone (Asia/Ho_Chi_Minh).
 */
public final class CodeValidator {

    private final Clock clock;
    private final TrustList trust;
    private final RevocationList revocations;
    private final Optional<Duration> trustListMaxAge;

    public CodeValidator(Clock clock, TrustList trust, RevocationList revocations, Optional<Duration> trustListMaxAge) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.revocations = Objects.requireNonNull(revocations, "revocations");
        this.trustListMaxAge = Objects.requireNonNull(trustListMaxAge, "trustListMaxAge");
        trustListMaxAge.ifPresent(age -> {
            if (age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException("trustListMaxAge must be positive, was " + age);
            }
        });
    }

    /** No trust list: every QG1 code is rejected with UNKNOWN_KEY. */
    public CodeValidator(Clock clock) {
        this(clock, TrustList.empty(), RevocationList.none(), Optional.empty());
    }

    public CodeValidator withTrust(TrustList newTrust, RevocationList newRevocations) {
        return new CodeValidator(clock, newTrust, newRevocations, trustListMaxAge);
    }

    public TrustList trust() {
        return trust;
    }

    /** Raw bytes from a reader, terminator and all. */
    public CodeResult validate(byte[] raw) {
        return afterHygiene(InputHygiene.clean(raw));
    }

    public CodeResult validate(String text) {
        return afterHygiene(InputHygiene.clean(text));
    }

    private CodeResult afterHygiene(InputHygiene.Outcome outcome) {
        if (outcome instanceof InputHygiene.Clean clean) {
            return validateClean(clean.text());
        }
        return ((InputHygiene.Refused) outcome).rejection();
    }

    /** Without the safety net, so tests see any exception a parser throws. */
    CodeResult validateUnguarded(byte[] raw) {
        InputHygiene.Outcome outcome = InputHygiene.clean(raw);
        return outcome instanceof InputHygiene.Clean clean ? dispatch(clean.text()) : ((InputHygiene.Refused) outcome).rejection();
    }

    private CodeResult validateClean(String text) {
        try {
            return dispatch(text);
        } catch (RuntimeException e) {
            // Parsers are written not to throw; if one ever does, the visitor still gets an answer.
            return CodeResult.rejected(Kind.UNKNOWN, Reason.MALFORMED,
                    "the code could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private CodeResult dispatch(String text) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (text.startsWith(Qg1Verifier.PREFIX)) {
            CodeResult result = Qg1Verifier.verify(text, now, today, trust, revocations);
            if (result instanceof CodeResult.Accepted accepted && trustListMaxAge.isPresent()
                    && trust.isStale(now, trustListMaxAge.get())) {
                return accepted.withWarning(Warning.TRUST_LIST_STALE);
            }
            return result;
        }
        if (text.indexOf('|') < 0) {
            return unsupported();
        }
        List<String> fields = Fields.split(text, '|');
        return switch (Classifier.classify(fields)) {
            case CCCD -> CccdParser.parse(fields, today);
            case PCCOVID -> PcCovidParser.parse(fields, today);
            case BHYT -> BhytParser.parse(fields, today);
            default -> unsupported();
        };
    }

    /** The kind a cleaned text looks like, before any of its checks. */
    public static Kind classify(String cleanText) {
        if (cleanText.startsWith(Qg1Verifier.PREFIX)) {
            return Kind.QG1;
        }
        if (cleanText.indexOf('|') < 0) {
            return Kind.UNKNOWN;
        }
        return Classifier.classify(Fields.split(cleanText, '|'));
    }

    private static CodeResult unsupported() {
        return CodeResult.rejected(Kind.UNKNOWN, Reason.UNSUPPORTED,
                "not a CCCD, PC-COVID, BHYT or QG1 code (a venue's own poster QR is for visitors' phones, not the gate)");
    }
}
