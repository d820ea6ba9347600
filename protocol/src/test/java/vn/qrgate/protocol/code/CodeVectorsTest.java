package vn.qrgate.protocol.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodeVectorsTest {

    private static final CodeValidator VALIDATOR = TestVectors.validator();

    static List<TestVectors.Row> rows() {
        return TestVectors.rows();
    }

    @Test
    void theSharedVectorFileHasEveryKindAndDecision() {
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(49);
        // SELF_DECLARED is typed into a form, never scanned, so no code vector can have it.
        assertThat(rows()).extracting(TestVectors.Row::kind)
                .contains(java.util.Arrays.stream(Kind.values()).filter(k -> k != Kind.SELF_DECLARED).toArray(Kind[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyVectorGetsItsKindDecisionAndReason(TestVectors.Row row) {
        CodeResult result = VALIDATOR.validate(row.input());

        assertThat(result.kind()).as("%s: kind", row.id()).isEqualTo(row.kind());
        if (row.decision().equals("ACCEPTED")) {
            assertThat(result).as("%s: decision (got %s)", row.id(), result).isInstanceOf(CodeResult.Accepted.class);
            CodeResult.Accepted accepted = (CodeResult.Accepted) result;
            if (row.reasonOrWarning().isEmpty()) {
                assertThat(accepted.warnings()).as("%s: warnings", row.id()).isEmpty();
            } else {
                assertThat(accepted.warnings()).as("%s: warnings", row.id())
                        .containsExactly(Warning.valueOf(row.reasonOrWarning()));
            }
        } else {
            assertThat(result).as("%s: decision (got %s)", row.id(), result).isInstanceOf(CodeResult.Rejected.class);
            assertThat(((CodeResult.Rejected) result).reason()).as("%s: reason", row.id())
                    .isEqualTo(Reason.valueOf(row.reasonOrWarning()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aRejectionDetailNeverQuotesTheCode(TestVectors.Row row) {
        CodeResult result = VALIDATOR.validate(row.input());
        if (result instanceof CodeResult.Rejected rejected) {
            String input = new String(row.input(), java.nio.charset.StandardCharsets.UTF_8);
            for (String field : input.split("[|<.:]")) {
                if (field.length() >= 4 && !field.equals("QG1")) {
                    assertThat(rejected.detail()).as("%s: detail quotes a field", row.id()).doesNotContain(field);
                }
            }
        }
    }
}
