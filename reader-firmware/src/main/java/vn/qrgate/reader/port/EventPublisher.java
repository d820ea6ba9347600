package vn.qrgate.reader.port;

import vn.qrgate.reader.domain.PublisherStatus;

/**
 * Delivers the outbox to the gateway (DESIGN §4, §6): oldest first, in batches, until the gateway's acks
 * name every row; reports the device's status; applies what the gateway pushes back. Runs on its own
 * threads: no call here blocks for I/O.
 */
public interface EventPublisher extends AutoCloseable {

    /** Connects and starts draining; returns at once. Called once. */
    void start();

    /**
     * New rows are in the outbox. Called by the agent right after each successful append, on the scan's
     * thread: returns at once and never waits for the network or the disk.
     */
    void wake();

    /** Alarms or other reported figures changed: publish the device status soon. Returns at once. */
    void statusChanged();

    /** The link at a glance, for logs, tests and the demo. */
    PublisherStatus status();

    /**
     * Stops draining, says goodbye (the offline status, retained) and disconnects. Rows not acked stay in
     * the outbox. Closing twice is harmless.
     */
    @Override
    void close();
}
