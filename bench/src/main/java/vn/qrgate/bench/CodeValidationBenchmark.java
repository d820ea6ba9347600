package vn.qrgate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.TrustFiles;

/**
 * Throughput of {@link CodeValidator#validate(byte[])}, the call a gate reader makes for every
 * scan: input hygiene (terminator, size cap, strict UTF-8, NFC), classification, then the kind's
 * own checks (for QG1, an Ed25519 signature verification).
 *
 * <p>Inputs are the accepted sample codes of the protocol's test vectors (one per kind, plus one
 * unsupported text), as raw UTF-8 bytes with the reader's trailing {@code "\r\n"}. {@link Inputs#setUp}
 * validates every input once and throws if any result differs from the vector's expected result,
 * so a broken benchmark fails instead of quietly measuring rejections.
 *
 * <p>Run: {@code java -jar bench/target/qrgate-bench.jar CodeValidationBenchmark}; see bench/README.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Threads(1)
public class CodeValidationBenchmark {

    /** The reference instant of the test vectors; dates in the samples are judged against it. */
    static final Instant AT = OffsetDateTime.parse("2026-11-29T12:00:00+07:00").toInstant();
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String CODES = "sample-codes.tsv";
    static final String TRUST = "trust.jwks.json";

    /** What a reader's scanner appends to every code in USB-COM/serial mode. */
    static final String TERMINATOR = "\r\n";

    /** One sample code: its raw bytes as the reader delivers them and the result it must give. */
    record Sample(String benchmark, String id, Kind kind, String decision, String reasonOrWarning, byte[] raw) {
    }

    /** The validator and the inputs: immutable, shared by all benchmark threads. */
    @State(Scope.Benchmark)
    public static class Inputs {

        CodeValidator validator;

        byte[] cccd;
        byte[] pcCovid;
        byte[] bhyt17;
        byte[] bhyt15;
        byte[] qg1;
        byte[] unknown;

        /** Every sample above, in file order, for the mixed benchmark. */
        byte[][] all;

        @Setup(Level.Trial)
        public void setUp() {
            validator = new CodeValidator(
                    Clock.fixed(AT, VIETNAM),
                    TrustFiles.parseJwks(resource(TRUST), Optional.of(AT)),
                    RevocationList.none(),
                    Optional.empty());

            Map<String, Sample> samples = samples();
            for (Sample s : samples.values()) {
                check(validator, s);
            }
            cccd = require(samples, "cccd");
            pcCovid = require(samples, "pcCovid");
            bhyt17 = require(samples, "bhyt17");
            bhyt15 = require(samples, "bhyt15");
            qg1 = require(samples, "qg1");
            unknown = require(samples, "unknown");
            all = samples.values().stream().map(Sample::raw).toArray(byte[][]::new);
        }
    }

    /** Per-thread position in {@link Inputs#all} for the mixed benchmark. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public CodeResult cccd(Inputs in) {
        return in.validator.validate(in.cccd);
    }

    @Benchmark
    public CodeResult pcCovid(Inputs in) {
        return in.validator.validate(in.pcCovid);
    }

    @Benchmark
    public CodeResult bhyt17(Inputs in) {
        return in.validator.validate(in.bhyt17);
    }

    @Benchmark
    public CodeResult bhyt15(Inputs in) {
        return in.validator.validate(in.bhyt15);
    }

    @Benchmark
    public CodeResult qg1(Inputs in) {
        return in.validator.validate(in.qg1);
    }

    /** Text that is no known code (a venue's poster URL): the cheapest rejection path. */
    @Benchmark
    public CodeResult unknown(Inputs in) {
        return in.validator.validate(in.unknown);
    }

    /** One of each sample in turn (CCCD, PC-COVID, BHYT 17, BHYT 15, QG1, unknown, CCCD, ...). */
    @Benchmark
    public CodeResult mixed(Inputs in, Cursor cursor) {
        byte[][] all = in.all;
        int i = cursor.next;
        cursor.next = i + 1 == all.length ? 0 : i + 1;
        return in.validator.validate(all[i]);
    }

    // ---- inputs ------------------------------------------------------------------------------

    /** The samples by benchmark name, in file order. */
    static Map<String, Sample> samples() {
        String tsv = new String(resource(CODES), StandardCharsets.UTF_8);
        Map<String, Sample> out = new LinkedHashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 6) {
                throw new IllegalStateException(CODES + ": expected 6 tab-separated columns, got " + c.length
                        + " in the line starting '" + line.substring(0, Math.min(20, line.length())) + "'");
            }
            byte[] raw = (c[5] + TERMINATOR).getBytes(StandardCharsets.UTF_8);
            Sample s = new Sample(c[0], c[1], Kind.valueOf(c[2]), c[3], c[4].strip(), raw);
            if (out.put(s.benchmark(), s) != null) {
                throw new IllegalStateException(CODES + ": benchmark '" + s.benchmark() + "' appears twice");
            }
        }
        return out;
    }

    /**
     * Fails loudly unless the validator gives the sample's expected result: the kind, the decision,
     * and the rejection reason or the exact set of warnings.
     */
    static void check(CodeValidator validator, Sample s) {
        CodeResult r = validator.validate(s.raw());
        String decision;
        String reasonOrWarning;
        String detail = "";
        if (r instanceof CodeResult.Accepted a) {
            decision = "ACCEPTED";
            reasonOrWarning = String.join(",", a.warnings().stream().map(Enum::name).toList());
        } else {
            CodeResult.Rejected rejected = (CodeResult.Rejected) r;
            decision = "REJECTED";
            reasonOrWarning = rejected.reason().name();
            detail = " (" + rejected.detail() + ")";
        }
        if (r.kind() != s.kind() || !decision.equals(s.decision()) || !reasonOrWarning.equals(s.reasonOrWarning())) {
            throw new IllegalStateException("benchmark input '" + s.benchmark() + "' (" + s.id() + "): expected "
                    + (s.kind() + " " + s.decision() + " " + s.reasonOrWarning()).strip()
                    + ", but the validator said " + (r.kind() + " " + decision + " " + reasonOrWarning).strip() + detail
                    + "; refusing to measure a path other than the intended one");
        }
    }

    private static byte[] require(Map<String, Sample> samples, String benchmark) {
        Sample s = samples.get(benchmark);
        if (s == null) {
            throw new IllegalStateException(CODES + " has no sample for benchmark '" + benchmark + "'");
        }
        return s.raw();
    }

    static byte[] resource(String name) {
        try (InputStream in = CodeValidationBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the bench jar (vn/qrgate/bench/" + name + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
