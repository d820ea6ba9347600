package vn.qrgate.demo;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./qrgate demo}: the whole chain on one machine, on embedded defaults. */
@Command(
        name = "qrgate demo",
        mixinStandardHelpOptions = true,
        version = "QR Gate demo 0.1.0",
        header = "Run QR Gate on this machine: an MQTT broker, the registry, a gateway and one reader.",
        description = {
            "Everything runs in this one process with the same code as production; only the configs differ, and they"
                    + " are written under the data folder for you to read.",
            "The reader's scanner is standard input: type or paste a code and press Enter (try a line of"
                    + " demo/samples/codes.txt), or replay a file with --replay.",
            "When everything is ready the demo prints the registry's URL and a curl line to read the check-ins, and"
                    + " writes the same facts to DATA/demo.env. Ctrl-C or SIGTERM stops it cleanly; the data is kept."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"130:stopped by Ctrl-C (normal)", "143:stopped by SIGTERM (normal)", "2:bad option",
            "1:a part failed to start"})
public final class DemoMain implements Callable<Integer> {

    @Option(names = "--replay", paramLabel = "FILE",
            description = "Scan the codes in FILE (one per line) instead of reading standard input, e.g. demo/samples/codes.txt.")
    Optional<Path> replay;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "5",
            description = "Codes per second for --replay (more than 0, at most 10000). Default: ${DEFAULT-VALUE}.")
    double rate;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Start the demo's clock at this moment (ISO-8601 with offset, e.g. 2026-11-29T12:00:00+07:00),"
                    + " so a scripted run judges card validity the same way every time. Default: now.")
    Optional<String> at;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "demo-data",
            description = "Where the demo keeps its configs, databases and demo.env. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--mqtt-port", paramLabel = "PORT", defaultValue = "0",
            description = "The broker's port. Default: 1883, or a free port if 1883 is taken.")
    int mqttPort;

    @Option(names = "--registry-port", paramLabel = "PORT", defaultValue = "0",
            description = "The registry API's port. Default: 8080, or a free port if 8080 is taken.")
    int registryPort;

    @Option(names = "--gateway-port", paramLabel = "PORT", defaultValue = "0",
            description = "The gateway's /health and /metrics port. Default: 9080, or a free port if taken.")
    int gatewayPort;

    @Override
    public Integer call() throws Exception {
        Optional<OffsetDateTime> start = Optional.empty();
        if (at.isPresent()) {
            try {
                start = Optional.of(OffsetDateTime.parse(at.get()));
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "--at must be an ISO-8601 date-time with offset, e.g. 2026-11-29T12:00:00+07:00, was '" + at.get() + "'");
            }
        }
        for (int port : new int[] {mqttPort, registryPort, gatewayPort}) {
            if (port < 0 || port > 65535) {
                throw new CommandLine.ParameterException(new CommandLine(this), "ports must be 1 to 65535, was " + port);
            }
        }
        if (replay.isPresent() && !java.nio.file.Files.isReadable(replay.get())) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--replay: cannot read the file " + replay.get().toAbsolutePath());
        }
        if (rate <= 0 || rate > 10_000) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--rate must be more than 0 and at most 10000 codes per second, was " + rate);
        }
        Demo.Settings settings = new Demo.Settings(data.toAbsolutePath(), replay, rate, start,
                mqttPort, registryPort, gatewayPort);
        return Demo.run(settings, System.out, System.in);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DemoMain()).execute(args));
    }
}
