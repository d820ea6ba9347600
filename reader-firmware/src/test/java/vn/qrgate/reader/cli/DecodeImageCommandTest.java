package vn.qrgate.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DecodeImageCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CORPUS = Path.of("src/test/resources/qr-images").toAbsolutePath();
    private static final Path WIKIPEDIA = CORPUS.resolve("zxing-qrcode-1/1.png");
    private static final Path MECARD = CORPUS.resolve("zxing-qrcode-3/26.png");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        DecodeImageCommand command = new DecodeImageCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    private List<String> outLines() {
        return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    }

    private Path blankPng() throws IOException {
        Path blank = dir.resolve("blank.png");
        java.awt.image.BufferedImage white = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        javax.imageio.ImageIO.write(white, "png", blank.toFile());
        return blank;
    }

    @Test
    void each_file_gets_a_line_with_its_text_or_no_code_and_the_time() throws IOException {
        Path blank = blankPng();

        int status = run(WIKIPEDIA.toString(), blank.toString(), MECARD.toString());

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(outLines()).hasSize(3);
        assertThat(outLines().get(0))
                .matches(java.util.regex.Pattern.quote(WIKIPEDIA + ": MEBKM:URL:http\\\\://en.wikipedia.org/wiki/Main_Page;;")
                        + " \\(\\d+\\.\\d ms\\)");
        assertThat(outLines().get(1)).matches(java.util.regex.Pattern.quote(blank + ": no QR code found") + " \\(\\d+\\.\\d ms\\)");
        assertThat(outLines().get(2)).startsWith(MECARD + ": MECARD:N:Sean Owen;TEL:+12125658770;EMAIL:srowen@google.com;;");
    }

    @Test
    void json_lines_carry_the_exact_text_or_null_and_the_milliseconds() throws IOException {
        Path blank = blankPng();
        Path multiLine = CORPUS.resolve("zxing-qrcode-3/18.png");

        int status = run("--json", multiLine.toString(), blank.toString());

        assertThat(status).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : outLines()) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("file").asText()).isEqualTo(multiLine.toString());
        assertThat(lines.get(0).get("text").asText())
                .isEqualTo(Files.readString(CORPUS.resolve("zxing-qrcode-3/18.txt"), StandardCharsets.UTF_8));
        assertThat(lines.get(0).get("ms").isNumber()).isTrue();
        assertThat(lines.get(0).get("ms").asDouble()).isPositive();
        assertThat(lines.get(1).get("text").isNull()).isTrue();
    }

    @Test
    void unreadable_files_are_named_on_stderr_the_rest_still_decoded_and_the_status_is_two() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.png"), "\u0089PNG but not really");
        Path missing = dir.resolve("missing.jpg");

        int status = run(broken.toString(), WIKIPEDIA.toString(), missing.toString());

        assertThat(status).isEqualTo(ReaderMain.EXIT_USAGE);
        assertThat(outLines()).hasSize(1);
        assertThat(outLines().get(0)).startsWith(WIKIPEDIA + ": MEBKM:URL:");
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("Cannot decode " + broken + ": is not an image")
                .contains("Cannot decode " + missing + ": no such file")
                .contains("2 of 3 files could not be read")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void without_a_file_it_is_a_usage_error() {
        assertThat(run()).isEqualTo(ReaderMain.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FILE");
    }

    @Test
    void the_reader_lists_it_among_its_commands_with_help_in_sentences() {
        StringBuilder help = new StringBuilder();
        CommandLine reader = ReaderMain.commandLine();
        reader.setOut(new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                help.append(buffer, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, true));

        assertThat(reader.execute("decode-image", "--help")).isZero();
        assertThat(help).contains("Decode the QR code in image files the way the reader's camera input does.")
                .contains("--json").contains("Exit status:");
    }

    @Test
    void control_characters_are_shown_as_escapes_so_each_file_keeps_one_line() {
        assertThat(DecodeImageCommand.visible("a\r\nb\tc\\d\u0007 Đà")).isEqualTo("a\\r\\nb\\tc\\\\d\\u0007 Đà");
    }
}
