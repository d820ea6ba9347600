package vn.qrgate.reader.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.event.ScanSource;

/** One reader input. Keyboard-wedge and camera inputs come in a later release. */
public sealed interface InputConfig permits InputConfig.Serial, InputConfig.Stdin {

    ScanSource source();

    /** For logs and the summary; never personal data. */
    String describe();

    /**
     * A serial reader, opened by its port path or found by USB id (exactly one of the two). Framing
     * and suffix are the reader profile's, with the config's overrides applied.
     */
    record Serial(ReaderProfile reader, Optional<Path> port, Optional<UsbId> usb, SerialFraming framing,
                  Suffix suffix) implements InputConfig {

        public Serial {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(usb, "usb");
            Objects.requireNonNull(framing, "framing");
            Objects.requireNonNull(suffix, "suffix");
            if (port.isPresent() == usb.isPresent()) {
                throw new IllegalArgumentException("a serial input names either its port or its USB id");
            }
            if (reader.connection() != ReaderProfile.Connection.SERIAL) {
                throw new IllegalArgumentException("a serial input needs a serial reader profile");
            }
        }

        @Override
        public ScanSource source() {
            return ScanSource.SERIAL;
        }

        @Override
        public String describe() {
            String where = port.map(Path::toString).orElseGet(() -> "USB " + usb.orElseThrow());
            return "serial " + reader.id() + " on " + where + ", " + framing + ", suffix " + suffix;
        }
    }

    /** Codes typed or piped into standard input: for the demo and for technicians. */
    record Stdin() implements InputConfig {
        @Override
        public ScanSource source() {
            return ScanSource.STDIN;
        }

        @Override
        public String describe() {
            return "stdin";
        }
    }
}
