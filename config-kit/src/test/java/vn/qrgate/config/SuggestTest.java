package vn.qrgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {

    // The reader's top-level and device keys, where these slips were first seen.
    private static final List<String> TOP = List.of("device", "mode", "direction", "hardware", "inputs", "outputs",
            "outbox", "duplicates", "denyList", "trust", "retention", "mqtt");
    private static final List<String> DEVICE = List.of("id", "venue");

    @Test
    void suggestionsForgiveOneSlipInShortWordsAndATranspositionCountsAsOne() {
        assertThat(Suggest.closest("outbx", TOP)).contains("outbox");
        assertThat(Suggest.closest("dupilcates", TOP)).contains("duplicates");
        assertThat(Suggest.closest("VENUE", DEVICE)).contains("venue");
        assertThat(Suggest.closest("colour", TOP)).isEmpty();
    }

    @Test
    void nothing_near_enough_adds_nothing_to_the_rule() {
        assertThat(Suggest.didYouMean("zzzzzz", TOP)).isEmpty();
        assertThat(Suggest.didYouMean("mqt", TOP)).contains("mqtt");
    }
}
