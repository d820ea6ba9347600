package vn.qrgate.registry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.qrgate.registry.adapter.jdbc.JdbcAreaStore;
import vn.qrgate.registry.config.ConfigLoad;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.config.RegistryConfigLoader;
import vn.qrgate.registry.domain.area.AreaCsv;
import vn.qrgate.registry.domain.area.AreaParse;
import vn.qrgate.registry.domain.area.AreaProblem;
import vn.qrgate.registry.domain.area.LevelCount;
import vn.qrgate.registry.port.AreaStore;

/** Loads an edition of the official administrative-unit list into the registry's store. */
@Command(
        name = "import-areas",
        mixinStandardHelpOptions = true,
        header = "Import the official list of administrative units (provinces, districts, wards, communes) from a CSV file.",
        description = {
            "The first line of CSVFILE names the levels, top first, each as three columns: <level>_code, "
                + "<level>_name and <level>_type. The 2021 list has province, district and ward; the 2025 list has "
                + "province and commune. Every other line is one path from a province down; trailing levels may be "
                + "left empty. The file is UTF-8 (NFC), comma-separated, with quotes as in RFC 4180.",
            "The whole file is checked first. If anything is wrong, every problem is listed with its line and "
                + "column and nothing is imported. Otherwise the stored areas are replaced by the file's in one "
                + "transaction, so importing the same file again changes nothing.",
            "The store is the one the config names; its tables are created or upgraded first, as 'run' does. "
                + "The registry may keep running meanwhile.",
            "Samples: registry/samples/areas-48-da-nang-2021.csv (three levels) and "
                + "registry/samples/areas-48-da-nang-2025.csv (two levels)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the areas were imported",
            "2:the config or the file has errors (all are listed); nothing was imported",
            "1:the store could not be opened or written"})
final class ImportAreasCommand implements Callable<Integer> {

    /** Problems shown for a bad file; the rest are counted. Enough to see a pattern, short enough to read. */
    static final int PROBLEMS_SHOWN = 50;

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The registry config naming the store, e.g. /etc/qrgate/registry.yaml.")
    private Path configFile;

    @Parameters(index = "0", paramLabel = "CSVFILE",
            description = "The list of administrative units, e.g. registry/samples/areas-48-da-nang-2021.csv.")
    private Path csvFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ConfigLoad load = RegistryConfigLoader.withSystemEnv().load(configFile);
            if (load instanceof ConfigLoad.Invalid invalid) {
                CheckConfigCommand.printErrors(err, "import-areas", configFile, invalid.errors());
                err.println("Nothing was imported. Fix the config and check it with: qrgate-registry check-config "
                        + "--config " + configFile);
                return RegistryMain.EXIT_USAGE;
            }
            long started = System.nanoTime();
            String text;
            try {
                text = readUtf8(csvFile);
            } catch (IOException e) {
                err.println("import-areas: " + e.getMessage());
                err.println("Nothing was imported.");
                return RegistryMain.EXIT_USAGE;
            }
            AreaParse parse = AreaCsv.parse(text);
            if (parse instanceof AreaParse.Rejected rejected) {
                printProblems(err, rejected.problems());
                return RegistryMain.EXIT_USAGE;
            }
            long parsed = System.nanoTime() - started;
            return store(((ConfigLoad.Valid) load).config(), ((AreaParse.Parsed) parse), parsed, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int store(RegistryConfig config, AreaParse.Parsed parsed, long readNanos, PrintWriter out, PrintWriter err) {
        try (AreaStore store = JdbcAreaStore.open(config.store())) {
            long started = System.nanoTime();
            store.replaceAll(parsed.edition());
            long writeNanos = System.nanoTime() - started;
            out.println("Imported " + count(parsed.edition().areas().size()) + " areas from " + csvFile + " into "
                    + store.describe() + ".");
            out.println(summary(store.levelCounts()) + String.format(Locale.ROOT, " (file read in %.2f s, written in %.2f s)",
                    readNanos / 1e9, writeNanos / 1e9));
            return 0;
        } catch (RuntimeException e) {
            err.println("import-areas: " + e.getMessage());
            err.println("Nothing was imported; the stored areas are as they were.");
            return RegistryMain.EXIT_FAILURE;
        }
    }

    private void printProblems(PrintWriter err, List<AreaProblem> problems) {
        err.println("import-areas: " + count(problems.size()) + (problems.size() == 1 ? " problem" : " problems")
                + " in " + csvFile + ":");
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> err.println("  " + p));
        if (problems.size() > PROBLEMS_SHOWN) {
            err.println("  … and " + count(problems.size() - PROBLEMS_SHOWN) + " more");
        }
        err.println("Nothing was imported. Fix the file and run import-areas again.");
    }

    /** E.g. {@code 3 levels: province 63, district 691, ward 10 047}. */
    static String summary(List<LevelCount> counts) {
        return counts.size() + (counts.size() == 1 ? " level: " : " levels: ") + counts.stream()
                .map(c -> c.level().name() + " " + count(c.count()))
                .collect(Collectors.joining(", "));
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    private static String readUtf8(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + " does not exist", e);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getClass().getSimpleName(), e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text; save it as UTF-8 (spreadsheets: \"CSV UTF-8\")", e);
        }
    }
}
