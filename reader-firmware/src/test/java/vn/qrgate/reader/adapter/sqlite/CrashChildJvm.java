package vn.qrgate.reader.adapter.sqlite;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.sqlite.util.OSInfo;

/**
 * The command line for {@link OutboxCrashChild} JVMs, made so that hundreds of them start fast and
 * always run the same code:
 * <ul>
 *   <li>a private copy of the test classpath, directories packed as jars: other builds in the same
 *       tree may rewrite target/classes while the test runs, and a child would die half-loaded;</li>
 *   <li>with only jars on it, an AppCDS archive from one training run halves each child's start-up;</li>
 *   <li>the SQLite native library extracted once: sqlite-jdbc extracts it to /tmp at every start and
 *       deletes it only at a clean exit, which a SIGKILL never reaches.</li>
 * </ul>
 */
final class CrashChildJvm {

    private static final long TRAINING_TIMEOUT_SECONDS = 120;

    private CrashChildJvm() {
    }

    /** Everything before the child's own arguments. {@code work} is a scratch directory. */
    static List<String> command(Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx64m", "-XX:+UseSerialGC",
                // No logging in the child: stdout is the gate signal, and logback's start-up costs time.
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider"));
        command.addAll(nativeLibraryOptions(Files.createDirectories(work.resolve("native"))));
        command.addAll(List.of("-cp", snapshotClasspath(Files.createDirectories(work.resolve("classpath")))));
        Path archive = work.resolve("child.jsa");
        if (train(command, archive, work)) {
            command.add(1, "-XX:SharedArchiveFile=" + archive);
        }
        return command;
    }

    private static String snapshotClasspath(Path target) throws IOException {
        // Under Surefire/Failsafe java.class.path may be a manifest-only booter jar; this is the real list.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> copies = new ArrayList<>();
        int index = 0;
        for (String entry : classpath.split(File.pathSeparator)) {
            Path source = Path.of(entry);
            Path copy = target.resolve(String.format("%03d-%s", index++, source.getFileName()
                    + (Files.isDirectory(source) ? ".jar" : "")));
            if (Files.isDirectory(source)) {
                jar(source, copy);
            } else if (Files.isRegularFile(source)) {
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            } else {
                continue;
            }
            copies.add(copy.toString());
        }
        return String.join(File.pathSeparator, copies);
    }

    private static void jar(Path directory, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(directory.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static List<String> nativeLibraryOptions(Path directory) throws IOException {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/libsqlitejdbc.so";
        try (InputStream library = OSInfo.class.getResourceAsStream(resource)) {
            if (library == null) {
                // Some other platform layout: let sqlite-jdbc extract, but into our scratch directory.
                return List.of("-Dorg.sqlite.tmpdir=" + directory);
            }
            Files.copy(library, directory.resolve("libsqlitejdbc.so"), StandardCopyOption.REPLACE_EXISTING);
        }
        return List.of("-Dorg.sqlite.lib.path=" + directory, "-Dorg.sqlite.lib.name=libsqlitejdbc.so");
    }

    /** One child that scans a few hundred times into a scratch outbox and exits, dumping the classes it used. */
    private static boolean train(List<String> command, Path archive, Path work) throws IOException, InterruptedException {
        List<String> training = new ArrayList<>(command);
        training.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        training.addAll(List.of(OutboxCrashChild.class.getName(), work.resolve("training/outbox.db").toString(), "300"));
        Process process = new ProcessBuilder(training)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("training.log").toFile()))
                .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("GO\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (!process.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        // Without an archive the children still run, only slower.
        return process.exitValue() == 0 && Files.isRegularFile(archive);
    }
}
