package vn.qrgate.reader.port;

import vn.qrgate.protocol.event.Direction;

/** Where the direction of a scan comes from: fixed by config, or a switch/button on a GPIO input. */
@FunctionalInterface
public interface DirectionSwitch {
    Direction current();
}
