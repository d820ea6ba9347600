package vn.qrgate.reader.domain;

/** What the reader does when its outbox is full (DESIGN §6.5). Never: drop data silently. */
public enum FullPolicy {
    /** Keep recording past the capacity, with the alarm on, until the disk's free space reaches its floor. */
    KEEP_UNTIL_DISK_FLOOR,
    /** Refuse new scans (red light, reason shown) until the backlog drains below capacity. */
    REFUSE_NEW_SCANS
}
