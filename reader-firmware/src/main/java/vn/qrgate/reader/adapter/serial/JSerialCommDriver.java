package vn.qrgate.reader.adapter.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Path;

/**
 * {@link SerialPortDriver} on jSerialComm 2.11. Quirks this works around:
 * <ul>
 *   <li>{@code getCommPort} turns a path it cannot find into {@code /dev/<last name>} and may open
 *       a different device, so callers pass the real, resolved node.</li>
 *   <li>Read timeouts become termios VTIME, in tenths of a second: use multiples of 100 ms.</li>
 *   <li>{@code getLastErrorCode()} is errno, except that 2 also means "this process already has
 *       the port open" (its own check, before the kernel is asked).</li>
 * </ul>
 */
public final class JSerialCommDriver implements SerialPortDriver {

    private static final int EACCES = 13;
    private static final int EAGAIN = 11;
    private static final int EBUSY = 16;
    private static final int ENOTTY = 25;

    @Override
    public Link open(Path device, SerialSettings settings, int readTimeoutMillis) {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(device.toString());
        } catch (SerialPortInvalidPortException e) {
            throw new SerialPortOpenException(device, "jSerialComm does not accept this path", e);
        }
        port.setComPortParameters(settings.baud(), settings.dataBits(), stopBits(settings.stopBits()),
                parity(settings.parity()));
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, readTimeoutMillis, 0);
        if (!port.openPort()) {
            int code = port.getLastErrorCode();
            throw new SerialPortOpenException(device, "open failed (code " + code + " at native line "
                    + port.getLastErrorLocation() + ")" + hint(code));
        }
        return new JSerialCommLink(port);
    }

    private static String hint(int code) {
        return switch (code) {
            case EACCES -> ": permission denied; add the service user to the 'dialout' group";
            case EAGAIN, EBUSY -> ": another program holds the port (a getty, ModemManager, a second agent?)";
            case 2 -> ": the device vanished, or this process already has it open";
            case ENOTTY -> ": not a serial device";
            default -> "";
        };
    }

    private static int stopBits(int stopBits) {
        return stopBits == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
    }

    private static int parity(SerialSettings.Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
        };
    }

    private static final class JSerialCommLink implements Link {
        private final SerialPort port;

        JSerialCommLink(SerialPort port) {
            this.port = port;
        }

        @Override
        public int read(byte[] buffer) {
            return port.readBytes(buffer, buffer.length);
        }

        @Override
        public void close() {
            // closePortNative switches the fd to non-blocking first, so a read in progress returns
            port.closePort();
        }
    }
}
