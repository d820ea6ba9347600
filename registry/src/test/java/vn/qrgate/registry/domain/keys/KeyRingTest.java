package vn.qrgate.registry.domain.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

    private static SigningKey key(String kid, SigningKey.Status status) {
        return new SigningKey(kid, NOW, status, new byte[32]);
    }

    @Test
    void rotating_retires_the_active_key_and_keeps_it() {
        KeyRing ring = KeyRing.empty().rotatedTo(key("a", SigningKey.Status.ACTIVE));
        KeyRing next = ring.rotatedTo(key("b", SigningKey.Status.ACTIVE));

        assertThat(next.active().orElseThrow().kid()).isEqualTo("b");
        assertThat(next.find("a").orElseThrow().status()).isEqualTo(SigningKey.Status.RETIRED);
    }

    @Test
    void a_ring_has_exactly_one_active_key_and_each_id_once() {
        assertThatThrownBy(() -> new KeyRing(List.of(key("a", SigningKey.Status.RETIRED))))
                .hasMessageContaining("exactly one active");
        assertThatThrownBy(() -> new KeyRing(List.of(key("a", SigningKey.Status.ACTIVE), key("b", SigningKey.Status.ACTIVE))))
                .hasMessageContaining("exactly one active");
        assertThatThrownBy(() -> new KeyRing(List.of(key("a", SigningKey.Status.ACTIVE), key("a", SigningKey.Status.RETIRED))))
                .hasMessageContaining("twice");
    }

    @Test
    void new_ids_carry_the_utc_date_and_skip_ids_in_use() {
        KeyRing ring = new KeyRing(List.of(key("qg1-2026-11-29-0000", SigningKey.Status.ACTIVE)));
        byte[][] tries = {{0, 0}, {(byte) 0xab, 0x01}};
        int[] n = {0};

        assertThat(ring.newKid(NOW, () -> tries[n[0]++])).isEqualTo("qg1-2026-11-29-ab01");
    }

    @Test
    void a_key_prints_no_key_material() {
        assertThat(key("a", SigningKey.Status.ACTIVE).toString()).isEqualTo("SigningKey[a, active, created " + NOW + "]");
    }

    private static SigningKey made(String kid, SigningKey.Status status, Instant created) {
        return new SigningKey(kid, created, status, new byte[32]);
    }

    @Test
    void a_retired_key_can_be_revoked_and_the_active_one_only_after_a_rotation() {
        KeyRing ring = new KeyRing(List.of(key("a", SigningKey.Status.RETIRED), key("b", SigningKey.Status.ACTIVE)));

        KeyRing revoked = ring.revoked("a");

        assertThat(revoked.find("a").orElseThrow().status()).isEqualTo(SigningKey.Status.REVOKED);
        assertThat(revoked.revokedIds()).containsExactly("a");
        assertThatThrownBy(() -> ring.revoked("b")).hasMessageContaining("active key").hasMessageContaining("keys rotate");
        assertThatThrownBy(() -> ring.revoked("zz")).hasMessageContaining("there is no key zz").hasMessageContaining("a, b");
    }

    @Test
    void gates_get_the_active_and_revoked_keys_and_retired_keys_whose_codes_may_still_be_valid() {
        java.time.Duration longest = java.time.Duration.ofDays(3650);
        KeyRing ring = new KeyRing(List.of(
                made("old", SigningKey.Status.RETIRED, NOW.minus(java.time.Duration.ofDays(5000))),
                made("lost", SigningKey.Status.REVOKED, NOW.minus(java.time.Duration.ofDays(4000))),
                made("recent", SigningKey.Status.RETIRED, NOW.minus(java.time.Duration.ofDays(3700))),
                made("now", SigningKey.Status.ACTIVE, NOW.minus(java.time.Duration.ofDays(10)))));

        // "old" was retired when "lost" was made, 4000 days ago: longer than any code lives.
        assertThat(ring.forGates(NOW, longest)).extracting(SigningKey::kid).containsExactly("lost", "recent", "now");
    }
}
