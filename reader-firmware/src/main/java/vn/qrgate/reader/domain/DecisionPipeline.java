package vn.qrgate.reader.domain;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.trust.DenyList;

/**
 * The gate's judgement, without the network: hygiene and validation (protocol), then the deny
 * list, then the duplicate window, then the direction. Validator and deny list are read through
 * suppliers because the gateway replaces them at run time.
 */
public final class DecisionPipeline {

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
}
