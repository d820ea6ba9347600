package vn.qrgate.registry.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.testing.ManualClock;

class LoginCodesTest {

    private static final LoginLimits LIMITS = new LoginLimits(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), 5);
    private static final PhoneNumber PHONE = PhoneNumber.parse("0905123456");
    private static final PhoneNumber OTHER = PhoneNumber.parse("0987654321");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T05:00:00Z"));
    private final LoginCodes codes = new LoginCodes(LIMITS, clock, new SplittableRandom(42));

    private String issue(PhoneNumber phone) {
        CodeRequest request = codes.request(phone);
        assertThat(request).isInstanceOf(CodeRequest.Issued.class);
        return ((CodeRequest.Issued) request).code();
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    @Test
    void a_code_is_six_digits_and_expires_five_minutes_after_it_was_issued() {
        CodeRequest.Issued issued = (CodeRequest.Issued) codes.request(PHONE);

        assertThat(issued.code()).matches("[0-9]{6}");
        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(issued.toString()).doesNotContain(issued.code());
    }

    @Test
    void the_right_code_in_time_is_accepted_once() {
        String code = issue(PHONE);
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));

        assertThat(codes.check(PHONE, code)).isInstanceOf(CodeCheck.Accepted.class);
        assertThat(codes.check(PHONE, code)).isInstanceOf(CodeCheck.NoCode.class);
    }

    @Test
    void a_code_expires_after_five_minutes() {
        String code = issue(PHONE);
        clock.advance(Duration.ofMinutes(5));

        assertThat(codes.check(PHONE, code)).isInstanceOf(CodeCheck.Expired.class);
    }

    @Test
    void a_code_is_only_good_for_the_phone_it_was_sent_to() {
        String code = issue(PHONE);

        assertThat(codes.check(OTHER, code)).isInstanceOf(CodeCheck.NoCode.class);
        assertThat(codes.check(PHONE, code)).isInstanceOf(CodeCheck.Accepted.class);
    }

    @Test
    void five_wrong_tries_void_the_code_even_for_the_right_one_afterwards() {
        String code = issue(PHONE);

        for (int left = 4; left >= 0; left--) {
            assertThat(codes.check(PHONE, wrong(code))).isEqualTo(new CodeCheck.Wrong(left));
        }

        assertThat(codes.check(PHONE, code)).isInstanceOf(CodeCheck.TooManyTries.class);
    }

    @Test
    void a_new_code_replaces_the_old_one_and_starts_its_tries_afresh() {
        String first = issue(PHONE);
        for (int i = 0; i < 5; i++) {
            codes.check(PHONE, wrong(first));
        }
        clock.advance(Duration.ofSeconds(60));
        String second = issue(PHONE);

        if (!first.equals(second)) {
            assertThat(codes.check(PHONE, first)).isEqualTo(new CodeCheck.Wrong(4));
        }
        assertThat(codes.check(PHONE, second)).isInstanceOf(CodeCheck.Accepted.class);
    }

    @Test
    void a_second_send_within_sixty_seconds_is_refused_with_the_seconds_left() {
        issue(PHONE);
        clock.advance(Duration.ofSeconds(20).plusMillis(300));

        assertThat(codes.request(PHONE)).isEqualTo(new CodeRequest.Limited(Duration.ofSeconds(40)));
        clock.advance(Duration.ofSeconds(39).plusMillis(700));
        assertThat(codes.request(PHONE)).isInstanceOf(CodeRequest.Issued.class);
    }

    @Test
    void at_most_five_sends_an_hour_then_the_wait_is_until_the_oldest_is_an_hour_old() {
        for (int i = 0; i < 5; i++) {
            issue(PHONE);
            clock.advance(Duration.ofMinutes(2));
        }
        // The first send was 10 minutes ago.
        assertThat(codes.request(PHONE)).isEqualTo(new CodeRequest.Limited(Duration.ofMinutes(50)));

        clock.advance(Duration.ofMinutes(50));
        assertThat(codes.request(PHONE)).isInstanceOf(CodeRequest.Issued.class);
        assertThat(codes.request(PHONE)).isInstanceOf(CodeRequest.Limited.class);
    }

    @Test
    void limits_are_per_phone() {
        issue(PHONE);

        assertThat(codes.request(OTHER)).isInstanceOf(CodeRequest.Issued.class);
    }

    @Test
    void codes_vary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            seen.add(issue(PhoneNumber.parse(String.format("09%08d", i))));
        }
        assertThat(seen).hasSizeGreaterThan(15);
    }
}
