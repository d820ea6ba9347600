package vn.qrgate.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** The demo's 300 made-up chip ID card lines (demo/samples/codes.txt), all of them accepted. */
final class SampleCodes {

    private SampleCodes() {
    }

    static List<String> cccd() {
        try {
            return Files.readAllLines(ChainSite.projectRoot().resolve("demo/samples/codes.txt"), StandardCharsets.UTF_8)
                    .stream().filter(line -> line.matches("[0-9]{12}\\|.*")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String documentNumber(String cccd) {
        return cccd.substring(0, 12);
    }

    static String name(String cccd) {
        return cccd.split("\\|")[2];
    }
}
