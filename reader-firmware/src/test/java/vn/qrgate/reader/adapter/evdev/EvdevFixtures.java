package vn.qrgate.reader.adapter.evdev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.qrgate.protocol.code.TestVectors;

/**
 * How the recorded event streams in {@code src/test/resources/evdev/} were made. Run {@link #main}
 * with that directory to write them again; {@code RecordedStreamsTest} checks that they still match.
 */
final class EvdevFixtures {

    static final String FIRST_CODE = "QG1:eyJ0ZXN0IjoxfQ.Zmlyc3Q";
    static final String HALF_CODE = "QG1:eyJ0ZXN0Ijoy";
    static final String SECOND_CODE = "QG1:eyJ0ZXN0IjoyfQ.c2Vjb25k";
    static final String NO_SUFFIX_ONE = "QG1:bm8tc3VmZml4.b25l";
    static final String NO_SUFFIX_TWO = "QG1:bm8tc3VmZml4.dHdv";
    // Nguyễn Văn An, Số 5 Phố Huế, Hà Nội after a wedge dropped what it could not type
    static final String DROPPED_LETTERS_CCCD = "001090001234||Nguyn Vn An|12031990|Nam|S 5 Ph Hu, H Ni|20042021";

    private EvdevFixtures() {
    }

    static Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("qg1-shift.bin", new KeyEventStream().type(text("qg1-ok")).enter().bytes());
        files.put("pccovid-caps-lock.bin", new KeyEventStream()
                .hold(UsKeymap.KEY_LEFTSHIFT, 3)
                .capsLock().type(text("pccovid-ok-cccd")).capsLock().enter().bytes());
        files.put("cccd-question-marks.bin", new KeyEventStream().type(text("wedge-mangled-cccd")).enter().bytes());
        files.put("cccd-alt-numpad.bin", typeVietnamese(VIETNAMESE_CCCD, true));
        files.put("cccd-unmapped-keys.bin", typeVietnamese(VIETNAMESE_CCCD, false));
        files.put("unplugged-mid-code.bin", new KeyEventStream().type(FIRST_CODE).enter()
                .pause(Duration.ofMillis(900)).type(HALF_CODE).bytes());
        files.put("second-code.bin", new KeyEventStream().type(SECOND_CODE).enter().bytes());
        files.put("no-suffix-two-codes.bin", new KeyEventStream().type(NO_SUFFIX_ONE)
                .pause(Duration.ofSeconds(1)).type(NO_SUFFIX_TWO).bytes());
        files.put("dropped-letters-cccd.bin", new KeyEventStream().type(DROPPED_LETTERS_CCCD).enter().bytes());
        return files;
    }

    /** The chip card text whose wedge-mangled form is codes.tsv's {@code wedge-mangled-cccd}. */
    static final String VIETNAMESE_CCCD = "058190001234|260123456|Tr\u1ea7n Th\u1ecb B\u00ecnh|05071990|N\u1eef|Ninh Thu\u1eadn|15082021";

    static String text(String rowId) {
        return new String(TestVectors.row(rowId).input(), StandardCharsets.UTF_8);
    }

    /**
     * A reader in keyboard mode meeting Vietnamese letters: either Alt+keypad with the letter's code
     * point, or a key code outside the US map (the ISO key and the Yen key, in turn).
     */
    static byte[] typeVietnamese(String text, boolean altCodes) {
        KeyEventStream stream = new KeyEventStream();
        int foreign = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                stream.type(String.valueOf(c));
            } else if (altCodes) {
                stream.altNumpad(c);
            } else {
                stream.tap(foreign++ % 2 == 0 ? UsKeymap.KEY_102ND : UsKeymap.KEY_YEN);
            }
        }
        return stream.enter().bytes();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/evdev");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : all().entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
    }
}
