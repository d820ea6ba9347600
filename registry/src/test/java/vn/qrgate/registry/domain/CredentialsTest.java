package vn.qrgate.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final String GW = "gateway-token-0123456789";
    private static final String STAFF = "staff-token-0123456789";

    private final Credentials credentials = new Credentials(List.of(
            new Credentials.Entry(TokenDigest.ofToken(GW), new Caller.Gateway("gw-1")),
            new Credentials.Entry(TokenDigest.ofHex(TokenDigest.sha256Hex(STAFF)),
                    new Caller.Account("staff-1", Role.VENUE_STAFF, Set.of("v1")))));

    @Test
    void aTokenIdentifiesItsCallerWhetherConfiguredPlainOrAsDigest() {
        assertThat(credentials.identify(GW)).contains(new Caller.Gateway("gw-1"));
        assertThat(credentials.identify(STAFF)).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("staff-1"));
    }

    @Test
    void anythingElseIdentifiesNobody() {
        assertThat(credentials.identify(null)).isEmpty();
        assertThat(credentials.identify("")).isEmpty();
        assertThat(credentials.identify(GW + " ")).isEmpty();
        assertThat(credentials.identify(GW.substring(1))).isEmpty();
    }

    @Test
    void tokensShorterThanSixteenCharactersOrWithSpacesAreRefused() {
        assertThatThrownBy(() -> TokenDigest.ofToken("fifteen-chars15")).hasMessageContaining("16 to 512");
        assertThatThrownBy(() -> TokenDigest.ofToken("has a space in it ok")).hasMessageNotContaining("has a space");
        assertThat(TokenDigest.isAcceptableToken("sixteen-chars-16")).isTrue();
    }

    @Test
    void twoCallersMayNotShareAToken() {
        assertThatThrownBy(() -> new Credentials(List.of(
                new Credentials.Entry(TokenDigest.ofToken(GW), new Caller.Gateway("gw-1")),
                new Credentials.Entry(TokenDigest.ofToken(GW), new Caller.Gateway("gw-2")))))
                .hasMessageContaining("gw-1").hasMessageContaining("gw-2").hasMessageNotContaining(GW);
    }

    @Test
    void aDigestNeverPrintsTheTokenOrItsHash() {
        TokenDigest digest = TokenDigest.ofToken(GW);

        assertThat(digest.toString()).doesNotContain(GW).doesNotContain(digest.hex());
    }

    @Test
    void staffReadOnlyTheirVenuesAndAdminsReadAll() {
        Caller.Account staff = new Caller.Account("s", Role.VENUE_STAFF, Set.of("v1"));
        Caller.Account admin = new Caller.Account("a", Role.ADMIN, Set.of());

        assertThat(staff.mayRead("v1")).isTrue();
        assertThat(staff.mayRead("v2")).isFalse();
        assertThat(admin.mayRead("v2")).isTrue();
    }
}
