package vn.qrgate.gateway.domain;

/**
 * What one retention pass deleted: de-duplication records ({@code seen}), check-ins still waiting for the
 * registry ({@code unforwarded}: they were never delivered, which an operator should hear about), and
 * dead letters.
 */
public record RetentionResult(long seen, long unforwarded, long deadLetters) {

    public long total() {
        return seen + unforwarded + deadLetters;
    }
}
