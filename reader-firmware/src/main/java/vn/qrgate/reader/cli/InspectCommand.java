package vn.qrgate.reader.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.TrustFiles;
import vn.qrgate.protocol.trust.TrustList;
import vn.qrgate.protocol.trust.TrustListException;

/**
 * The technician's "why was this card refused?": one code per input line, one JSON line out per
 * code, in order (DESIGN §3). Only masked personal data is ever printed.
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Explain why codes are accepted or rejected: one code per line in, one JSON line out.",
        description = {
            "Reads one code per line from standard input and writes one JSON object per line:",
            "  {\"kind\":...,\"decision\":\"ACCEPTED\"|\"REJECTED\",\"reason\":...|null,\"warnings\":[...],\"masked\":{...}|null}",
            "kind is CCCD, PCCOVID, BHYT, QG1 or UNKNOWN; personal data is shown masked only.",
            "Example: echo '<code>' | java -jar qrgate-reader.jar inspect --trust /etc/qrgate/trust.jwks.json"},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every line was judged (accepted or rejected)", "2:bad option or unusable --trust/--revoked file",
            "1:standard input or output failed"})
public final class InspectCommand implements Callable<Integer> {

    @Option(names = "--at", paramLabel = "INSTANT", converter = Converters.InstantConverter.class,
            description = "Judge dates and validity as of this moment, ISO-8601 with offset "
                    + "(2026-11-29T12:00:00+07:00 or 2026-11-29T05:00:00Z). Default: now.")
    private Instant at;

    @Option(names = "--zone", paramLabel = "ZONE", converter = Converters.ZoneConverter.class,
            description = "Time zone for calendar dates (birth, issue, card validity). Default: ${DEFAULT-VALUE}.",
            defaultValue = "Asia/Ho_Chi_Minh")
    private ZoneId zone;

    @Option(names = "--trust", paramLabel = "JWKS_FILE",
            description = "Trust list for QG1 codes: a JWK Set of Ed25519 keys. Without it every QG1 code "
                    + "is rejected with UNKNOWN_KEY.")
    private Path trustFile;

    @Option(names = "--revoked", paramLabel = "FILE",
            description = "Revocation list for QG1 codes: {\"v\":1,\"salt\":...,\"keys\":[kid...],\"subjects\":[{\"hash\":...}]}.")
    private Path revokedFile;

    @Option(names = "--trust-max-age", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Warn TRUST_LIST_STALE on QG1 codes when the trust file was last written longer ago "
                    + "than this (e.g. 7d, 48h, PT30M). Default: no limit.")
    private Duration trustMaxAge;

    @Option(names = "--hex", description = "Each input line is the hex of the code's raw bytes (for bytes that are not text).")
    private boolean hex;

    @Option(names = "--detail", description = "Add a \"detail\" field that explains each rejection in words.")
    private boolean detail;

    private boolean warnedNoTrust;
    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;

    public InspectCommand() {
        this(System.in, System.out, System.err);
    }

    InspectCommand(InputStream in, OutputStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        CodeValidator validator;
        try {
            validator = validator();
        } catch (TrustListException e) {
            err.println("inspect: " + e.getMessage());
            return ReaderMain.EXIT_USAGE;
        } catch (IOException e) {
            err.println("inspect: cannot read " + e.getMessage());
            return ReaderMain.EXIT_USAGE;
        }
        InspectLineWriter writer = new InspectLineWriter(out, detail);
        InputStream input = new BufferedInputStream(in);
        long lineNumber = 0;
        byte[] line;
        while ((line = readLine(input)) != null) {
            lineNumber++;
            CodeResult result = judge(validator, line, lineNumber);
            if (trustFile == null && result.kind() == Kind.QG1 && !warnedNoTrust) {
                err.println("inspect: no --trust file given: QG1 codes are rejected with UNKNOWN_KEY");
                warnedNoTrust = true;
            }
            writer.write(result);
        }
        writer.flush();
        return 0;
    }

    private CodeResult judge(CodeValidator validator, byte[] line, long lineNumber) {
        if (!hex) {
            return validator.validate(line);
        }
        String text = new String(line, StandardCharsets.US_ASCII).strip();
        try {
            return validator.validate(HexFormat.of().parseHex(text));
        } catch (IllegalArgumentException e) {
            err.println("inspect: line " + lineNumber + " is not hex (pairs of 0-9, a-f)");
            return CodeResult.rejected(Kind.UNKNOWN, Reason.MALFORMED, "line " + lineNumber + " is not hex");
        }
    }

    private CodeValidator validator() throws IOException {
        Clock clock = at == null ? Clock.system(zone) : Clock.fixed(at, zone);
        TrustList trust = TrustList.empty();
        if (trustFile != null) {
            Instant written = Files.getLastModifiedTime(trustFile).toInstant();
            trust = TrustFiles.parseJwks(Files.readAllBytes(trustFile), Optional.of(written));
        }
        RevocationList revoked = revokedFile == null
                ? RevocationList.none()
                : TrustFiles.parseRevocations(Files.readAllBytes(revokedFile));
        return new CodeValidator(clock, trust, revoked, Optional.ofNullable(trustMaxAge));
    }

    /** One line without its '\n' (a '\r' stays: hygiene strips it like a reader's CR suffix). */
    private static byte[] readLine(InputStream input) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int b;
        boolean any = false;
        while ((b = input.read()) != -1) {
            any = true;
            if (b == '\n') {
                return line.toByteArray();
            }
            line.write(b);
        }
        return any ? line.toByteArray() : null;
    }
}
