package vn.qrgate.bench.decode;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import vn.qrgate.reader.adapter.camera.LumaFrame;

/** Debian's zbarimg as the other decoder: one process per image, or one for a batch to time decoding alone. */
final class Zbar {

    record Reading(Optional<String> text, long nanos) {
    }

    private final String executable;

    private Zbar(String executable) {
        this.executable = executable;
    }

    /** zbarimg when it is on the PATH. */
    static Optional<Zbar> onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "zbarimg");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new Zbar(candidate.toString()));
            }
        }
        return Optional.empty();
    }

    /** The grey frame as an 8-bit grey PNG, so zbar sees exactly the pixels the Java decoders see. */
    static Path writePng(LumaFrame frame, Path file) throws IOException {
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] row = new byte[frame.width()];
        for (int y = 0; y < frame.height(); y++) {
            System.arraycopy(frame.data(), frame.offset() + y * frame.rowStride(), row, 0, frame.width());
            image.getRaster().setDataElements(0, y, frame.width(), 1, row);
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** One zbarimg process for one image; the time includes starting the process. */
    Reading read(Path png) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(executable, "--raw", "-q", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        int status = waitFor(process);
        long nanos = System.nanoTime() - start;
        if (status != 0 || out.length == 0) {
            return new Reading(Optional.empty(), nanos); // zbarimg exits 4 when it finds no symbol
        }
        String text = new String(out, StandardCharsets.UTF_8);
        // --raw ends each symbol's data with one newline.
        return new Reading(Optional.of(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text), nanos);
    }

    /** Wall time of one zbarimg process over all the images. */
    long batchNanos(List<Path> pngs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable, "--raw", "-q"));
        pngs.forEach(p -> command.add(p.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        waitFor(process);
        return System.nanoTime() - start;
    }

    private static int waitFor(Process process) throws InterruptedException, IOException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("zbarimg did not finish within 60 s");
        }
        return process.exitValue();
    }
}
