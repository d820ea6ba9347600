package vn.qrgate.reader.adapter.evdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever printable ASCII a US-layout reader types, and however the reads cut it, the same text comes out. */
class KeystrokeAssemblerPropertyTest {

    @Provide
    Arbitrary<String> printableAscii() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(200);
    }

    @Property
    void any_printable_ascii_string_typed_on_a_us_layout_comes_back_identical(
            @ForAll("printableAscii") String text, @ForAll boolean capsLockOn) {
        KeyEventStream typing = new KeyEventStream();
        if (capsLockOn) {
            typing.capsLock();
        }

        Assembly a = new Assembly(SuffixKey.ENTER).feed(typing.type(text).enter().bytes());

        assertThat(a.texts()).containsExactly(text);
    }

    @Property
    void codes_come_back_the_same_wherever_the_reads_cut_the_records(
            @ForAll @Size(min = 1, max = 4) List<@From("printableAscii") String> codes,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 100) Integer> reads,
            @ForAll boolean thirtyTwoBit) {
        KeyEventStream typing = new KeyEventStream(thirtyTwoBit ? 4 : 8);
        for (String code : codes) {
            typing.type(code).enter();
        }
        byte[] stream = typing.bytes();
        Assembly a = new Assembly(SuffixKey.ENTER, WedgeSettings.DEFAULT_INTER_KEY_TIMEOUT, 4096, thirtyTwoBit ? 4 : 8);

        int at = 0;
        for (int i = 0; at < stream.length; i++) {
            int n = Math.min(reads.get(i % reads.size()), stream.length - at);
            a.feed(Arrays.copyOfRange(stream, at, at + n));
            at += n;
        }

        assertThat(a.texts()).containsExactlyElementsOf(new ArrayList<>(codes));
        assertThat(a.assembler.inProgress()).isFalse();
    }
}
