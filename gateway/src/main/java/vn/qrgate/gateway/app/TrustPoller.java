package vn.qrgate.gateway.app;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.port.PublishException;
import vn.qrgate.gateway.port.RetainedPublisher;
import vn.qrgate.gateway.port.TrustDocuments;
import vn.qrgate.gateway.port.TrustDocuments.Document;
import vn.qrgate.protocol.topic.Topics;
import vn.qrgate.protocol.trust.TrustFiles;
import vn.qrgate.protocol.trust.TrustListException;

/**
 * Carries the registry's trust list and revocation list to the devices: each {@link #poll} fetches both (with
 * the ETag of the last one settled, so an unchanged list costs a 304), checks them as a reader would, and
 * publishes a changed, valid list retained (QoS 1) on {@code qrgate/v1/trust} or {@code qrgate/v1/revocations}.
 *
 * <p>A list a reader would refuse is not published (the devices keep the last good one) and is reported once.
 * A failed fetch or publication is reported once per change of state, not at every poll, and tried again at
 * the next poll; whatever the broker holds stays there. The ETag is remembered only once a list is published
 * (or found the same as the one published), so a list that could not be published, or was refused, is
 * fetched whole again. After a reconnection, {@link #connected} publishes the last lists again (the broker may have lost
 * its retained messages). Lists are never logged, only their size.
 */
public final class TrustPoller {

    private static final Logger LOG = LoggerFactory.getLogger(TrustPoller.class);

    /** Where one list stands. */
    private static final class Feed {
        Optional<String> etag = Optional.empty();
        /** SHA-256 of what the broker holds from us, and those bytes; null: nothing published yet. */
        String publishedDigest;
        byte[] published;
        /** The state last reported; "" when all is well. */
        String problem = "";
        Instant fetchedAt;
    }

    private final TrustDocuments registry;
    private final RetainedPublisher publisher;
    private final Clock clock;
    private final Map<Document, Feed> feeds = new EnumMap<>(Document.class);

    public TrustPoller(TrustDocuments registry, RetainedPublisher publisher, Clock clock) {
        this.registry = registry;
        this.publisher = publisher;
        this.clock = clock;
        for (Document d : Document.values()) {
            feeds.put(d, new Feed());
        }
    }

    static String topic(Document document) {
        return document == Document.TRUST ? Topics.TRUST : Topics.REVOCATIONS;
    }

    /** Fetches both lists and publishes what changed. */
    public synchronized void poll() {
        for (Document d : Document.values()) {
            poll(d, feeds.get(d));
        }
    }

    /** After a (re)connection: publishes the last lists again, or fetches them if there are none yet. */
    public synchronized void connected() {
        for (Document d : Document.values()) {
            Feed feed = feeds.get(d);
            if (feed.published == null) {
                poll(d, feed);
            } else if (publish(d, feed, feed.published)) {
                LOG.info("{} published again ({} bytes) retained on {}", d.shown(), feed.published.length, topic(d));
            }
        }
    }

    /** Seconds since both lists were last fetched (200 with a valid list, or 304); empty before that. */
    public synchronized Optional<Duration> sinceLastFetch() {
        Instant oldest = null;
        for (Feed feed : feeds.values()) {
            if (feed.fetchedAt == null) {
                return Optional.empty();
            }
            oldest = oldest == null || feed.fetchedAt.isBefore(oldest) ? feed.fetchedAt : oldest;
        }
        Duration age = Duration.between(oldest, clock.instant());
        return Optional.of(age.isNegative() ? Duration.ZERO : age);
    }

    private void poll(Document d, Feed feed) {
        TrustDocuments.Fetch fetch = registry.fetch(d, feed.etag);
        if (fetch instanceof TrustDocuments.Failed failed) {
            report(d, feed, failed.state(), "cannot fetch the " + d.shown() + ": " + failed.detail()
                    + "; devices keep the list they have; trying again at the next poll");
            return;
        }
        if (fetch instanceof TrustDocuments.NotModified) {
            fetched(d, feed);
            return;
        }
        TrustDocuments.Body body = (TrustDocuments.Body) fetch;
        byte[] bytes = body.bytes();
        String digest = sha256(bytes);
        try {
            check(d, bytes);
        } catch (TrustListException e) {
            // The ETag is not kept: a 304 must never pass for the refused list. Fetched whole again, the same
            // list keeps the same state and is not reported again.
            report(d, feed, "invalid " + digest, "the registry's " + d.shown() + " is not published: " + e.getMessage()
                    + "; devices keep the list they have");
            return;
        }
        if (digest.equals(feed.publishedDigest)) {
            feed.etag = body.etag();
            fetched(d, feed);
            return;
        }
        if (publish(d, feed, bytes)) {
            feed.etag = body.etag();
            feed.publishedDigest = digest;
            feed.published = bytes.clone();
            fetched(d, feed);
            LOG.info("published the registry's {} ({} bytes) retained on {}", d.shown(), bytes.length, topic(d));
        }
    }

    private static void check(Document d, byte[] bytes) {
        if (d == Document.TRUST) {
            TrustFiles.parseJwks(bytes, Optional.empty());
        } else {
            TrustFiles.parseRevocations(bytes);
        }
    }

    private boolean publish(Document d, Feed feed, byte[] bytes) {
        try {
            publisher.publishRetained(topic(d), bytes);
            return true;
        } catch (PublishException e) {
            report(d, feed, "not published", "the " + d.shown() + " is not published: " + e.getMessage()
                    + "; trying again at the next poll");
            return false;
        }
    }

    private void fetched(Document d, Feed feed) {
        feed.fetchedAt = clock.instant();
        if (!feed.problem.isEmpty()) {
            LOG.info("the registry's {} is fetched and published again", d.shown());
            feed.problem = "";
        }
    }

    private static void report(Document d, Feed feed, String state, String message) {
        if (!state.equals(feed.problem)) {
            feed.problem = state;
            LOG.warn(message);
        } else {
            LOG.debug("{}: still {}", d.shown(), state);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
