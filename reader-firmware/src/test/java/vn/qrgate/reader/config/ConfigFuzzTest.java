package vn.qrgate.reader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever a technician types, the loader answers Valid or Invalid: it never throws and never gives up. */
class ConfigFuzzTest {

    private static Path root;
    private static Kiosk kiosk;
    private static List<String> gateLines;

    @BeforeContainer
    static void makeKiosk() throws IOException {
        root = Files.createTempDirectory("qrgate-fuzz");
        kiosk = new Kiosk(root);
        gateLines = Files.readAllLines(Kiosk.EXAMPLES.resolve("gate-kiosk.yaml"));
    }

    @AfterContainer
    static void removeKiosk() throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Property(tries = 300)
    void randomYamlLikeTextIsAlwaysAnsweredValidOrInvalid(@ForAll("yamlish") String text) {
        assertAnswered(kiosk.parse(text));
    }

    @Property(tries = 300)
    void theExampleWithOneLineDamagedIsAlwaysAnsweredValidOrInvalid(@ForAll("damagedExample") String text) {
        assertAnswered(kiosk.parse(text));
    }

    private static void assertAnswered(ConfigLoad load) {
        assertThat(load).isNotNull();
        if (load instanceof ConfigLoad.Invalid invalid) {
            assertThat(invalid.errors()).isNotEmpty()
                    .noneSatisfy(e -> assertThat(e.rule()).contains("could not be checked"));
        }
    }

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> token = Arbitraries.of("device:", "mode:", " gate", "handheld", "inputs:", "- ", "{", "}", "[",
                "]", ",", ":", " ", "  ", "\n", "\t", "#", "'", "\"", "${ENV:", "QRGATE_MQTT_PASSWORD}", "*a", "&a",
                "!!binary", "---", "~", "0x0c2e", "type: serial", "outputs:", "relay:", "pin: 17", "none", "mqtt:",
                "uri: ssl://gw:8883", "outbox:", "path: /var/lib/qrgate/outbox.db", "hardware: {board: simulated}",
                "\u00e9", "\u0000", "?", "|", ">", "%", "@", "`");
        return token.list().ofMaxSize(40).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> damagedExample() {
        Arbitrary<Integer> line = Arbitraries.integers().between(0, gateLines.size() - 1);
        Arbitrary<String> replacement = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("", "  foo: bar", "- x", "pin: 99", "window: -1s", "capacity: 1e9", "{", "  ${ENV:X}"));
        return net.jqwik.api.Combinators.combine(line, replacement).as((n, text) -> {
            List<String> lines = new java.util.ArrayList<>(gateLines);
            lines.set(n, text);
            return String.join("\n", lines);
        });
    }
}
