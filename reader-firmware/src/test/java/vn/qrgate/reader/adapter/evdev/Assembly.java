package vn.qrgate.reader.adapter.evdev;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Event bytes through the decoder and the assembler, as the source's thread runs them, minus the device. */
final class Assembly {

    final List<AssembledCode> codes = new ArrayList<>();
    final EventRecordDecoder decoder;
    final KeystrokeAssembler assembler;

    Assembly(SuffixKey suffix) {
        this(suffix, WedgeSettings.DEFAULT_INTER_KEY_TIMEOUT, WedgeSettings.DEFAULT_MAX_CODE_BYTES, 8);
    }

    Assembly(SuffixKey suffix, Duration timeout, int maxCodeBytes, int longBytes) {
        decoder = new EventRecordDecoder(longBytes);
        assembler = new KeystrokeAssembler(suffix, timeout, maxCodeBytes, codes::add);
    }

    Assembly feed(byte[] bytes) {
        decoder.feed(bytes, 0, bytes.length, assembler::accept);
        return this;
    }

    List<String> texts() {
        return codes.stream().map(c -> new String(c.bytes(), StandardCharsets.US_ASCII)).toList();
    }

    List<AssembledCode.Ending> endings() {
        return codes.stream().map(AssembledCode::ending).toList();
    }
}
