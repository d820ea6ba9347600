package vn.qrgate.protocol.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/** No input, however odd, makes a parser throw; every answer is accepted, or rejected with a reason. */
class CodeParsingPropertiesTest {

    private static final CodeValidator VALIDATOR = TestVectors.validator();
    private static final List<String> VALID = TestVectors.rows().stream()
            .filter(r -> r.decision().equals("ACCEPTED"))
            .map(r -> new String(r.input(), StandardCharsets.UTF_8))
            .collect(Collectors.toList());

    @Property(tries = 3000)
    void randomStringsNeverMakeAParserThrow(@ForAll String text) {
        assertWellFormed(VALIDATOR.validateUnguarded(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 3000)
    void randomBytesNeverMakeAParserThrow(@ForAll byte[] bytes) {
        assertWellFormed(VALIDATOR.validateUnguarded(bytes));
    }

    @Property(tries = 5000)
    void aValidCodeWithOneFieldMutatedNeverMakesAParserThrow(@ForAll("mutatedCodes") String code) {
        assertWellFormed(VALIDATOR.validateUnguarded(code.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 2000)
    void pipeSeparatedNoiseNeverMakesAParserThrow(@ForAll("pipeNoise") String code) {
        assertWellFormed(VALIDATOR.validateUnguarded(code.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> mutatedCodes() {
        Arbitrary<String> replacement = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.strings().numeric().ofMaxLength(16),
                Arbitraries.strings().withChars("0123456789abcdef").ofMaxLength(40),
                Arbitraries.of("", "-", "$", "|", "<", ".", "Nam", "Nữ", "00/00/0000", "29/02/2023", "0000-00-00",
                        "99999999", "31122099", "QG1:", "=", "{}", "null"));
        return Combinators.combine(Arbitraries.of(VALID), Arbitraries.integers().between(0, 40), replacement)
                .as(CodeParsingPropertiesTest::mutate);
    }

    @Provide
    Arbitrary<String> pipeNoise() {
        Arbitrary<String> field = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMaxLength(12),
                Arbitraries.of("$", "-", "Nam", "Nữ", "05/07/1990", "1990-07-05", "05071990"));
        return field.list().ofMinSize(1).ofMaxSize(20).map(fields -> String.join("|", fields));
    }

    /** Replaces one field of a '|'-separated code, or one segment of a QG1 code. */
    private static String mutate(String code, int which, String replacement) {
        String sep = code.startsWith("QG1:") ? "\\." : "\\|";
        String[] parts = code.split(sep, -1);
        parts[which % parts.length] = replacement;
        return String.join(sep.substring(1), parts);
    }

    private static void assertWellFormed(CodeResult result) {
        assertThat(result).isNotNull();
        assertThat(result.kind()).isNotNull();
        if (result instanceof CodeResult.Rejected rejected) {
            assertThat(rejected.reason()).isNotNull();
            assertThat(rejected.detail()).isNotBlank();
        } else {
            CodeResult.Accepted accepted = (CodeResult.Accepted) result;
            assertThat(accepted.subject().identity()).isNotNull();
            assertThat(accepted.subject().kind()).isEqualTo(accepted.kind());
        }
    }
}
