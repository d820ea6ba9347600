package vn.qrgate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.qrgate.reader.cli.ReaderMain;

/**
 * The reader's technician tools, {@code decode-image --json} and {@code inspect}, run in this JVM through
 * {@link ReaderMain} exactly as {@code java -jar qrgate-reader.jar ARGS < stdin} runs them, their JSON
 * lines parsed.
 */
final class ReaderTools {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReaderTools() {
    }

    /** {@code decode-image --json}: each image's text, in order; a code must be found in every one. */
    static List<String> decode(List<Path> images) throws Exception {
        List<JsonNode> texts = decodeOrNull(images);
        assertThat(texts).as("a code found in every image").noneMatch(JsonNode::isNull);
        return texts.stream().map(JsonNode::asText).toList();
    }

    /** {@code decode-image --json}: each image's text, or a JSON null where no code was found. */
    static List<JsonNode> decodeOrNull(List<Path> images) throws Exception {
        List<String> args = new ArrayList<>(List.of("decode-image", "--json"));
        images.forEach(p -> args.add(p.toString()));
        List<JsonNode> lines = run(new byte[0], args);
        assertThat(lines).as("one line per image").hasSize(images.size());
        List<JsonNode> texts = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            assertThat(lines.get(i).get("file").asText()).isEqualTo(images.get(i).toString());
            texts.add(lines.get(i).get("text"));
        }
        return texts;
    }

    /** {@code inspect --trust TRUST [more]} with one code per input line: one verdict per code, in order. */
    static List<JsonNode> inspect(Path trust, List<String> codes, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("inspect", "--trust", trust.toString()));
        args.addAll(List.of(more));
        List<JsonNode> verdicts = run((String.join("\n", codes) + "\n").getBytes(StandardCharsets.UTF_8), args);
        assertThat(verdicts).as("one verdict per code").hasSize(codes.size());
        return verdicts;
    }

    /**
     * The commands read and write the process's standard input and output (taken when ReaderMain builds
     * them), so these are swapped while one runs. Nothing else writes to standard output meanwhile: the
     * test log goes to standard error and the callers make no requests while a tool runs.
     */
    private static synchronized List<JsonNode> run(byte[] stdin, List<String> args) throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setIn(new ByteArrayInputStream(stdin));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = ReaderMain.commandLine().execute(args.toArray(String[]::new));
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        assertThat(status).as("qrgate-reader %s exit status", args.get(0)).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
