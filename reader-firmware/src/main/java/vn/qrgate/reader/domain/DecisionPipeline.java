package vn.qrgate.reader.domain;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.trust.DenyList;

/**
 * The gate's judgement, without the network: hygiene and validation (protocol), then the deny
 * list, then the duplicate window, then the direction. Validator and deny list are read through
 * suppliers because the gateway replaces them at run time.
 */
public final class DecisionPipeline {

    /**
     * A keyboard-wedge reader cannot type Vietnamese letters and some simply leave them out. A real
     * CCCD always has some (in the address at least), so one that came through a keyboard in plain
     * ASCII has lost letters, even when what is left happens to pass the card checks.
     */
    static final String WEDGE_DROPPED_LETTERS = "a CCCD typed by a keyboard-wedge reader has no Vietnamese "
            + "letters: the reader drops the letters it cannot type; set the reader to USB-COM/serial mode";

    private final Supplier<CodeValidator> validator;
    private final Supplier<DenyList> denyList;
    private final DuplicateWindow duplicates;
    private final Clock clock;

    public DecisionPipeline(Supplier<CodeValidator> validator, Supplier<DenyList> denyList,
                            DuplicateWindow duplicates, Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.denyList = Objects.requireNonNull(denyList, "denyList");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Verdict decide(RawScan scan, Direction direction) {
        CodeResult result = validator.get().validate(scan.bytes());
        if (lostLettersToAKeyboard(scan, result)) {
            return Verdict.rejected(Kind.CCCD, Reason.MALFORMED, direction, WEDGE_DROPPED_LETTERS);
        }
        if (result instanceof CodeResult.Rejected rejected) {
            return Verdict.rejected(rejected.kind(), rejected.reason(), direction, rejected.detail());
        }
        CodeResult.Accepted accepted = (CodeResult.Accepted) result;
        Identity who = accepted.subject().identity();
        if (denyList.get().denies(who.documentNumber())) {
            return Verdict.rejected(accepted.kind(), Reason.DENYLISTED, direction, "this person is on the venue's deny list");
        }
        if (duplicates.seenRecently(who, direction, clock.instant())) {
            return Verdict.rejected(accepted.kind(), Reason.DUPLICATE, direction,
                    "this person was already recorded " + direction + " moments ago");
        }
        return Verdict.accepted(accepted.kind(), who, List.copyOf(accepted.warnings()), direction);
    }

    /**
     * Pure ASCII from a keyboard, classified as a CCCD. When the reader typed '?' for the letters,
     * the parser has already said so (MALFORMED with its own wedge hint), and that verdict stands.
     */
    private static boolean lostLettersToAKeyboard(RawScan scan, CodeResult result) {
        if (scan.source() != ScanSource.HID || result.kind() != Kind.CCCD) {
            return false;
        }
        boolean questionMarks = false;
        for (byte b : scan.bytes()) {
            if (b < 0) {
                return false;
            }
            questionMarks |= b == '?';
        }
        return !(questionMarks && result instanceof CodeResult.Rejected rejected && rejected.reason() == Reason.MALFORMED);
    }
}
