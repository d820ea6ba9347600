package vn.qrgate.reader.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.qrgate.reader.adapter.camera.DecodedCode;
import vn.qrgate.reader.adapter.camera.LumaFrame;
import vn.qrgate.reader.adapter.camera.decode.ImageFileException;
import vn.qrgate.reader.adapter.camera.decode.ImageFiles;
import vn.qrgate.reader.adapter.camera.decode.QrFrameDecoder;

/**
 * The technician's "can the camera read this?": a photo of a code, decoded by the camera's own
 * pipeline. Showing the decoded text is the point of the tool, so it is printed (to standard output,
 * never to a log).
 */
@Command(
        name = "decode-image",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Decode the QR code in image files the way the reader's camera input does.",
        description = {
            "Reads each FILE (PNG, JPEG, GIF or BMP), turns it into a grey frame as the",
            "camera input would see it, and decodes it with a fresh camera decoder.",
            "It prints one line per file:",
            "  FILE: TEXT (12.3 ms)  or  FILE: no QR code found (12.3 ms)",
            "Line breaks and other control characters in TEXT are shown as \\n, \\r, \\t",
            "or \\uXXXX, and a backslash as \\\\, so that each file keeps to one line.",
            "With --json it prints one JSON object per file instead, with the exact text:",
            "  {\"file\":...,\"text\":...|null,\"ms\":...}",
            "The time is the decoding alone, not reading the file. The first file also",
            "pays for the Java runtime warming up, so its time is longer.",
            "A file that cannot be read is reported on standard error, and the other",
            "files are still decoded.",
            "The output holds whatever the codes hold, personal data included: do not",
            "paste it into tickets or chats."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every file was read (whether or not a code was found in it)",
            "2:at least one file is missing, unreadable or not an image, or no FILE was given"})
public final class DecodeImageCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", description = "Print one JSON object per file instead of a line of text.")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The image files to decode.")
    private List<Path> files;

    private final PrintStream out;
    private final PrintStream err;

    public DecodeImageCommand() {
        this(System.out, System.err);
    }

    public DecodeImageCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        int unreadable = 0;
        for (Path file : files) {
            LumaFrame frame;
            try {
                frame = ImageFiles.read(file);
            } catch (ImageFileException e) {
                err.println("Cannot decode " + e.getMessage());
                unreadable++;
                continue;
            }
            long start = System.nanoTime();
            Optional<DecodedCode> code = new QrFrameDecoder().decode(frame);
            double ms = (System.nanoTime() - start) / 1e6;
            out.println(json ? jsonLine(file, code, ms) : textLine(file, code, ms));
        }
        out.flush();
        if (unreadable > 0) {
            err.println(unreadable + " of " + files.size() + (files.size() == 1 ? " file" : " files")
                    + " could not be read. Check the names and that they are PNG or JPEG pictures.");
            err.flush();
            return ReaderMain.EXIT_USAGE;
        }
        return 0;
    }

    private static String jsonLine(Path file, Optional<DecodedCode> code, double ms) throws JsonProcessingException {
        ObjectNode line = JSON.createObjectNode();
        line.put("file", file.toString());
        if (code.isPresent()) {
            line.put("text", code.get().text());
        } else {
            line.putNull("text");
        }
        line.put("ms", Math.round(ms * 100) / 100.0);
        return JSON.writeValueAsString(line);
    }

    private static String textLine(Path file, Optional<DecodedCode> code, double ms) {
        String time = String.format(Locale.ROOT, " (%.1f ms)", ms);
        return file + ": " + code.map(c -> visible(c.text())).orElse("no QR code found") + time;
    }

    /** One line per file whatever the code holds: control characters written as escapes. */
    static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                case '\\' -> shown.append("\\\\");
                default -> {
                    if (Character.isISOControl(c)) {
                        shown.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.toString();
    }
}
