package vn.qrgate.registry.domain.stats;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A HyperLogLog sketch of distinct people: how many different keys were added, without keeping them.
 * While it has seen at most {@link #EXACT_LIMIT} different keys it keeps their 64-bit hashes and the
 * count is exact (so a quiet ward's handful of visitors is never "about 3"); beyond that it keeps
 * 2^{@value #PRECISION} one-byte registers, estimated with the standard bias correction and linear
 * counting for small cardinalities (Flajolet et al. 2007), standard error about 3.3 %.
 *
 * <p>It never holds a document number, only hashes of the key (document type and number, {@link #hashOf}).
 * An exact sketch's 64-bit hashes still let whoever knows a number test whether that person is among
 * them (the dense registers barely do): pseudonymous, not anonymous. So once the check-ins of a day are past
 * retention, its sketches are stored {@link #dense()} (DESIGN §7). Mutable; not safe for concurrent use.
 */
public final class PeopleSketch {

    public static final int PRECISION = 10;
    public static final int REGISTERS = 1 << PRECISION;
    /** Exact up to this many keys: as many 8-byte hashes as the dense form has bytes. */
    public static final int EXACT_LIMIT = REGISTERS / 8;
    /** The first byte of {@link #toBytes()} while exact: lets a store find exact sketches without reading them. */
    public static final byte EXACT_KIND = 1;

    private static final byte SPARSE = EXACT_KIND;
    private static final byte DENSE = 2;
    private static final double ALPHA = 0.7213 / (1 + 1.079 / REGISTERS);

    // Exactly one of the two is in use: hashes (sorted, distinct, size <= EXACT_LIMIT) or registers.
    private long[] hashes;
    private int size;
    private byte[] registers;

    private PeopleSketch(long[] hashes, int size, byte[] registers) {
        this.hashes = hashes;
        this.size = size;
        this.registers = registers;
    }

    public static PeopleSketch empty() {
        return new PeopleSketch(new long[8], 0, null);
    }

    /**
     * The 64-bit hash of a person's key: FNV-1a over the UTF-16 units of "TYPE:NUMBER", finished with
     * MurmurHash3's fmix64 so every bit depends on every input bit (HyperLogLog needs uniform bits).
     */
    public static long hashOf(String documentType, String documentNumber) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, documentType);
        h = (h ^ ':') * 0x100000001b3L;
        h = fnv(h, documentNumber);
        return fmix64(h);
    }

    public void addKey(String documentType, String documentNumber) {
        add(hashOf(documentType, documentNumber));
    }

    public void add(long hash) {
        if (registers != null) {
            addToRegisters(registers, hash);
            return;
        }
        int at = Arrays.binarySearch(hashes, 0, size, hash);
        if (at >= 0) {
            return;
        }
        int insert = -at - 1;
        if (size == EXACT_LIMIT) {
            toDense();
            addToRegisters(registers, hash);
            return;
        }
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, Math.min(EXACT_LIMIT, size * 2));
        }
        System.arraycopy(hashes, insert, hashes, insert + 1, size - insert);
        hashes[insert] = hash;
        size++;
    }

    /** Adds everything {@code other} has seen; {@code other} is left as it was. */
    public void merge(PeopleSketch other) {
        Objects.requireNonNull(other, "other");
        if (other.registers == null) {
            for (int i = 0; i < other.size; i++) {
                add(other.hashes[i]);
            }
            return;
        }
        if (registers == null) {
            toDense();
        }
        for (int i = 0; i < REGISTERS; i++) {
            if (other.registers[i] > registers[i]) {
                registers[i] = other.registers[i];
            }
        }
    }

    public boolean isExact() {
        return registers == null;
    }

    /**
     * This sketch with its hashes folded into registers, as if it had grown past {@link #EXACT_LIMIT}: it
     * no longer tells whether a given person was added, and its count becomes the HyperLogLog estimate
     * (linear counting, so a few people are still counted within a person or so). This one is unchanged.
     */
    public PeopleSketch dense() {
        PeopleSketch dense = copy();
        if (dense.registers == null) {
            dense.toDense();
        }
        return dense;
    }

    /** The number of distinct keys added: exact while {@link #isExact()}, else the HyperLogLog estimate. */
    public long estimate() {
        if (registers == null) {
            return size;
        }
        double sum = 0;
        int zeros = 0;
        for (byte r : registers) {
            sum += Math.scalb(1.0, -r);
            if (r == 0) {
                zeros++;
            }
        }
        double raw = ALPHA * REGISTERS * (double) REGISTERS / sum;
        if (raw <= 2.5 * REGISTERS && zeros > 0) {
            return Math.round(REGISTERS * Math.log((double) REGISTERS / zeros));
        }
        // 64-bit hashes: no large-range correction is needed below ~2^60 keys.
        return Math.round(raw);
    }

    /** The stored form: a kind byte, then the sorted hashes or the registers. */
    public byte[] toBytes() {
        if (registers != null) {
            byte[] out = new byte[1 + REGISTERS];
            out[0] = DENSE;
            System.arraycopy(registers, 0, out, 1, REGISTERS);
            return out;
        }
        ByteBuffer out = ByteBuffer.allocate(1 + 8 * size);
        out.put(SPARSE);
        for (int i = 0; i < size; i++) {
            out.putLong(hashes[i]);
        }
        return out.array();
    }

    /** Reads what {@link #toBytes()} wrote; throws IllegalArgumentException for anything else. */
    public static PeopleSketch fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 1 + REGISTERS && bytes[0] == DENSE) {
            byte[] registers = Arrays.copyOfRange(bytes, 1, bytes.length);
            for (byte r : registers) {
                if (r < 0 || r > 64 - PRECISION + 1) {
                    throw new IllegalArgumentException("a people sketch register holds " + r);
                }
            }
            return new PeopleSketch(null, 0, registers);
        }
        if (bytes.length >= 1 && bytes[0] == SPARSE && (bytes.length - 1) % 8 == 0
                && (bytes.length - 1) / 8 <= EXACT_LIMIT) {
            int n = (bytes.length - 1) / 8;
            ByteBuffer in = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
            long[] hashes = new long[Math.max(8, n)];
            for (int i = 0; i < n; i++) {
                hashes[i] = in.getLong();
                if (i > 0 && hashes[i] <= hashes[i - 1]) {
                    throw new IllegalArgumentException("a people sketch's hashes are not sorted and distinct");
                }
            }
            return new PeopleSketch(hashes, n, null);
        }
        throw new IllegalArgumentException("not a people sketch: " + bytes.length + " bytes, kind "
                + (bytes.length == 0 ? "none" : bytes[0]));
    }

    public PeopleSketch copy() {
        return new PeopleSketch(hashes == null ? null : hashes.clone(), size, registers == null ? null : registers.clone());
    }

    private void toDense() {
        byte[] dense = new byte[REGISTERS];
        for (int i = 0; i < size; i++) {
            addToRegisters(dense, hashes[i]);
        }
        registers = dense;
        hashes = null;
        size = 0;
    }

    private static void addToRegisters(byte[] registers, long hash) {
        int index = (int) (hash >>> (64 - PRECISION));
        // The rank of the first 1-bit in the remaining 54 bits, 1-based; 55 when they are all zero.
        long rest = hash << PRECISION;
        int rank = rest == 0 ? 64 - PRECISION + 1 : Long.numberOfLeadingZeros(rest) + 1;
        if (rank > registers[index]) {
            registers[index] = (byte) rank;
        }
    }

    private static long fnv(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53a87ebL;
        k ^= k >>> 33;
        return k;
    }
}
