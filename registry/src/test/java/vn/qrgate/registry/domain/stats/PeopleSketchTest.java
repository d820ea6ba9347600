package vn.qrgate.registry.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The people sketch: exact while small, within the HyperLogLog error bound beyond, mergeable, storable. */
class PeopleSketchTest {

    // 1.04 / sqrt(1024): the standard error of the dense form.
    private static final double STANDARD_ERROR = 1.04 / Math.sqrt(PeopleSketch.REGISTERS);

    private static PeopleSketch ofPeople(long seed, int n) {
        PeopleSketch sketch = PeopleSketch.empty();
        SplittableRandom random = new SplittableRandom(seed);
        long base = random.nextLong(1_000_000_000L);
        for (int i = 0; i < n; i++) {
            sketch.addKey("CCCD", Long.toString(base + i));
        }
        return sketch;
    }

    @Property(tries = 200)
    void small_sets_are_counted_exactly_however_often_each_person_is_added(@ForAll @LongRange(min = 0) long seed,
            @ForAll @IntRange(min = 0, max = PeopleSketch.EXACT_LIMIT) int people) {
        PeopleSketch sketch = ofPeople(seed, people);
        sketch.merge(ofPeople(seed, people));

        assertThat(sketch.isExact()).isTrue();
        assertThat(sketch.estimate()).isEqualTo(people);
    }

    @Property(tries = 40)
    void larger_sets_come_within_four_standard_errors(@ForAll @LongRange(min = 0) long seed,
            @ForAll @IntRange(min = PeopleSketch.EXACT_LIMIT + 1, max = 100_000) int people) {
        long estimate = ofPeople(seed, people).estimate();

        assertThat(Math.abs(estimate - people) / (double) people).as("estimate %d of %d", estimate, people)
                .isLessThan(4 * STANDARD_ERROR);
    }

    @Test
    void over_many_sets_the_error_averages_out_near_zero_and_its_spread_near_the_standard_error() {
        int[] sizes = {200, 1_000, 3_000, 10_000, 50_000};
        for (int n : sizes) {
            double sum = 0;
            double squares = 0;
            int runs = 60;
            for (int run = 0; run < runs; run++) {
                double error = (ofPeople(run * 7919L + n, n).estimate() - n) / (double) n;
                sum += error;
                squares += error * error;
            }
            double mean = sum / runs;
            double rms = Math.sqrt(squares / runs);
            assertThat(Math.abs(mean)).as("mean relative error at %d", n).isLessThan(0.02);
            assertThat(rms).as("rms relative error at %d", n).isLessThan(1.5 * STANDARD_ERROR);
        }
    }

    @Property(tries = 50)
    void merging_two_sketches_counts_their_union_as_one_sketch_of_both_would(@ForAll @LongRange(min = 0) long seed,
            @ForAll @IntRange(min = 0, max = 5_000) int first, @ForAll @IntRange(min = 0, max = 5_000) int second) {
        PeopleSketch a = ofPeople(seed, first);
        PeopleSketch b = ofPeople(seed + 1, second);
        PeopleSketch both = ofPeople(seed, first);
        SplittableRandom random = new SplittableRandom(seed + 1);
        long base = random.nextLong(1_000_000_000L);
        for (int i = 0; i < second; i++) {
            both.addKey("CCCD", Long.toString(base + i));
        }

        a.merge(b);

        assertThat(a.estimate()).isEqualTo(both.estimate());
        assertThat(a.toBytes()).isEqualTo(both.toBytes());
    }

    @Property(tries = 50)
    void a_sketch_reads_back_from_its_bytes_unchanged(@ForAll @LongRange(min = 0) long seed,
            @ForAll @IntRange(min = 0, max = 3_000) int people) {
        PeopleSketch sketch = ofPeople(seed, people);

        PeopleSketch read = PeopleSketch.fromBytes(sketch.toBytes());

        assertThat(read.estimate()).isEqualTo(sketch.estimate());
        assertThat(read.toBytes()).isEqualTo(sketch.toBytes());
    }

    @Test
    void the_same_number_under_another_document_type_is_another_person() {
        PeopleSketch sketch = PeopleSketch.empty();
        sketch.addKey("CCCD", "048190001234");
        sketch.addKey("CMND", "048190001234");
        sketch.addKey("CCCD", "048190001234");

        assertThat(sketch.estimate()).isEqualTo(2);
    }

    @Test
    void the_stored_form_holds_no_document_number() {
        PeopleSketch sketch = PeopleSketch.empty();
        sketch.addKey("CCCD", "048190001234");

        assertThat(new String(sketch.toBytes(), StandardCharsets.ISO_8859_1)).doesNotContain("048190001234");
    }

    @Test
    void bytes_that_are_no_sketch_are_refused_naming_what_was_found() {
        assertThatThrownBy(() -> PeopleSketch.fromBytes(new byte[] {9, 1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 bytes, kind 9");
        assertThatThrownBy(() -> PeopleSketch.fromBytes(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        byte[] unsorted = new byte[17];
        unsorted[0] = 1;
        unsorted[8] = 5;
        assertThatThrownBy(() -> PeopleSketch.fromBytes(unsorted)).hasMessageContaining("sorted");
    }

    // Dense after retention (DESIGN §7): no hash left to test a person against, the count still about right.

    @Property(tries = 200)
    void a_dense_sketch_holds_no_hash_of_anyone_added_and_still_counts_them_closely(
            @ForAll @LongRange(min = 0) long seed, @ForAll @IntRange(min = 0, max = PeopleSketch.EXACT_LIMIT) int people) {
        PeopleSketch exact = ofPeople(seed, people);
        byte[] before = exact.toBytes();

        PeopleSketch dense = exact.dense();

        assertThat(dense.isExact()).isFalse();
        assertThat(exact.toBytes()).isEqualTo(before);
        byte[] stored = dense.toBytes();
        SplittableRandom random = new SplittableRandom(seed);
        long base = random.nextLong(1_000_000_000L);
        for (int i = 0; i < people; i++) {
            assertThat(contains(stored, PeopleSketch.hashOf("CCCD", Long.toString(base + i)))).isFalse();
        }
        assertThat(Math.abs(dense.estimate() - people)).isLessThanOrEqualTo(linearCountingTolerance(people));
    }

    @Test
    void an_empty_sketch_made_dense_counts_no_one_and_dense_twice_is_the_same() {
        PeopleSketch dense = PeopleSketch.empty().dense();

        assertThat(dense.estimate()).isZero();
        assertThat(dense.dense().toBytes()).isEqualTo(dense.toBytes());
        assertThat(ofPeople(5, 40).dense().dense().toBytes()).isEqualTo(ofPeople(5, 40).dense().toBytes());
    }

    @Test
    void a_dense_sketch_survives_the_round_trip_through_bytes() {
        PeopleSketch dense = ofPeople(9, 50).dense();

        PeopleSketch read = PeopleSketch.fromBytes(dense.toBytes());

        assertThat(read.isExact()).isFalse();
        assertThat(read.toBytes()).isEqualTo(dense.toBytes());
        assertThat(read.estimate()).isEqualTo(dense.estimate());
    }

    @Test
    void a_dense_sketch_merges_with_an_exact_one_either_way() {
        PeopleSketch old = ofPeople(1, 60);
        PeopleSketch fresh = ofPeople(2, 60);
        PeopleSketch both = old.copy();
        both.merge(fresh);

        PeopleSketch denseFirst = old.dense();
        denseFirst.merge(fresh);
        PeopleSketch exactFirst = fresh.copy();
        exactFirst.merge(old.dense());

        // Registers are a max over hashes, whatever order they came in: the same registers as merging first.
        assertThat(denseFirst.toBytes()).isEqualTo(both.dense().toBytes());
        assertThat(exactFirst.toBytes()).isEqualTo(both.dense().toBytes());
        assertThat(Math.abs(denseFirst.estimate() - 120)).isLessThanOrEqualTo(12);
    }

    private static boolean contains(byte[] bytes, long hash) {
        byte[] needle = java.nio.ByteBuffer.allocate(8).putLong(hash).array();
        for (int i = 0; i + 8 <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + 8, needle, 0, 8)) {
                return true;
            }
        }
        return false;
    }

    // Linear counting's standard error is sqrt(m(e^t - t - 1)) for t = n/m (Whang et al.); five of them, and at
    // least three people, because at a dozen people two or three register collisions are rare but do happen
    // (a bound of one failed CI once in a few thousand tries).
    private static long linearCountingTolerance(int people) {
        double t = (double) people / PeopleSketch.REGISTERS;
        double standardError = Math.sqrt(PeopleSketch.REGISTERS * (Math.exp(t) - t - 1));
        return Math.max(3, (long) Math.ceil(5 * standardError));
    }
}
