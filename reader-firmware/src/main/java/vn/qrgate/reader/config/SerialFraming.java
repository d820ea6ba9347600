package vn.qrgate.reader.config;

import java.util.Objects;
import java.util.Set;

/** How bytes are framed on a serial line: {@code 9600 8N1}. For USB-CDC readers the baud is not used by the device. */
public record SerialFraming(int baud, int dataBits, Parity parity, StopBits stopBits) {

    /** The rates serial readers and USB-RS232 adapters actually offer. */
    public static final Set<Integer> BAUD_RATES =
            Set.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600);

    /** What the serial input can set; barcode readers use these (mark/space parity and 1.5 stop bits never). */
    public enum Parity { NONE, EVEN, ODD }

    public enum StopBits {
        ONE("1"), TWO("2");

        private final String configName;

        StopBits(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }
    }

    public SerialFraming {
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        if (!BAUD_RATES.contains(baud)) {
            throw new IllegalArgumentException("baud must be one of " + BAUD_RATES);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("dataBits must be 5 to 8");
        }
    }

    /** {@code 9600 8N1}. */
    @Override
    public String toString() {
        return baud + " " + dataBits + parity.name().charAt(0) + stopBits.configName();
    }
}
