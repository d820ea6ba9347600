package vn.qrgate.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.trust.TrustFiles;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.adapter.keys.EncryptedKeyFile;
import vn.qrgate.registry.adapter.keys.Qg1Codes;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.cards.CardRow;
import vn.qrgate.registry.domain.cards.IssueOutcome;
import vn.qrgate.registry.domain.cards.IssuedCard;
import vn.qrgate.registry.domain.cards.Issuer;
import vn.qrgate.registry.port.CardStore;
import vn.qrgate.registry.testing.ManualClock;

/** Issuing against a real SQLite file and key file, judged by the readers' own validator. */
class CardIssuingTest {


    private static final Issuer SCHOOL = new Issuer("person-7", "Trường THPT Phan Châu Trinh");
    private static final Duration YEAR = Duration.ofDays(365);

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T05:00:00Z"));
    private JdbcStores stores;
    private EncryptedKeyFile keys;
    private CardStore cards;
    private CardIssuing issuing;

    /** SQLite here; {@link CardIssuingPostgresqlIT} runs the same on PostgreSQL. */
    protected StoreConfig config() {
        return StoreConfig.Sqlite.at(dir.resolve("registry.db"));
    }

    protected void dropStore() throws Exception {
    }

    @BeforeEach
    void open() {
        stores = JdbcStores.open(config(), clock);
        keys = new EncryptedKeyFile(dir.resolve("signing-keys.json"), "pass"::toCharArray, new SecureRandom());
        keys.rotate(clock.instant());
        cards = stores.cards();
        issuing = new CardIssuing(cards, keys, clock);
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
        dropStore();
    }

    private static CardRow pupil(int n, String name) {
        return new CardRow(String.format("048210%06d", n), name, LocalDate.of(2010, 3, 1 + n % 28), Optional.empty(),
                Optional.of("10A1"));
    }

    private CodeResult atGate(String code) {
        Instant now = clock.instant();
        var trust = TrustFiles.parseJwks(Qg1Codes.trustList(keys.ring().forGates(now, Defaults.LONGEST_QG1_VALIDITY))
                .getBytes(StandardCharsets.UTF_8), Optional.of(now));
        var revocations = TrustFiles.parseRevocations(Qg1Codes.revocationList(cards.revocationSalt(),
                keys.ring().revokedIds(), cards.revocations(now)).getBytes(StandardCharsets.UTF_8));
        return new CodeValidator(clock, trust, revocations, Optional.empty()).validate(code);
    }

    @Test
    void an_issued_card_is_accepted_at_a_gate_and_carries_the_printed_details() {
        IssueOutcome.Issued issued = issuing.issue(pupil(1, "Nguyễn Văn An"), SCHOOL, YEAR);

        assertThat(atGate(issued.card().code())).isInstanceOf(CodeResult.Accepted.class);
        assertThat(issued.replaced()).isEmpty();
        assertThat(issued.card().face(Defaults.LOCAL_ZONE).maskedDocument()).isEqualTo("******000001");
        assertThat(cards.active(issued.card().subjectHash())).contains(issued.card());
    }

    @Test
    void issuing_again_revokes_the_card_before_and_gates_refuse_it_with_revoked() {
        IssuedCard first = issuing.issue(pupil(1, "Nguyễn Văn An"), SCHOOL, YEAR).card();

        IssueOutcome.Issued second = issuing.issue(pupil(1, "Nguyễn Văn An"), SCHOOL, YEAR);

        assertThat(second.replaced()).contains(first.id());
        assertThat(second.card().issuedAt()).isAfter(first.issuedAt());
        assertThat(atGate(first.code())).isInstanceOfSatisfying(CodeResult.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.REVOKED));
        assertThat(atGate(second.card().code())).isInstanceOf(CodeResult.Accepted.class);
        assertThat(cards.card(first.id()).orElseThrow().revokedAt()).contains(second.card().issuedAt());
    }

    @Test
    void a_revoked_card_without_a_new_one_is_refused_and_a_card_issued_later_is_accepted() {
        IssuedCard card = issuing.issue(pupil(2, "Trần Thị Bình"), SCHOOL, YEAR).card();
        cards.revoke(card.id(), clock.instant());
        assertThat(atGate(card.code())).isInstanceOfSatisfying(CodeResult.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.REVOKED));

        IssuedCard later = issuing.issue(pupil(2, "Trần Thị Bình"), SCHOOL, YEAR).card();

        assertThat(atGate(later.code())).isInstanceOf(CodeResult.Accepted.class);
    }

    @Test
    void the_same_list_uploaded_twice_issues_nothing_the_second_time_and_a_changed_row_gets_a_new_card() {
        List<CardRow> list = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            list.add(pupil(i, "Học Sinh Số " + "ABCDEFGHIJ".charAt(i % 10)));
        }
        List<Integer> progress = new ArrayList<>();
        List<IssueOutcome> first = issuing.issueAll(list, SCHOOL, YEAR, "batch-1", progress::add);
        assertThat(first).allMatch(o -> o instanceof IssueOutcome.Issued);
        assertThat(progress).containsExactly(500, 1000, 1200);

        clock.advance(Duration.ofMinutes(5));
        List<CardRow> again = new ArrayList<>(list);
        again.set(7, pupil(8, "Tên Đã Sửa"));
        List<IssueOutcome> second = issuing.issueAll(again, SCHOOL, YEAR, "batch-2", n -> { });

        assertThat(second.stream().filter(o -> o instanceof IssueOutcome.Issued)).hasSize(1);
        assertThat(second.get(7)).isInstanceOfSatisfying(IssueOutcome.Issued.class,
                i -> assertThat(i.replaced()).contains(first.get(7).card().id()));
        assertThat(second.get(0).card()).isEqualTo(first.get(0).card());
        assertThat(atGate(first.get(7).card().code())).isInstanceOf(CodeResult.Rejected.class);
        assertThat(atGate(second.get(7).card().code())).isInstanceOf(CodeResult.Accepted.class);
    }

    @Test
    void after_a_key_rotation_new_cards_are_signed_by_the_new_key_and_old_cards_still_verify() {
        IssuedCard old = issuing.issue(pupil(3, "Lê Văn Cường"), SCHOOL, YEAR).card();
        String newKid = keys.rotate(clock.instant()).active().orElseThrow().kid();

        IssuedCard fresh = issuing.issue(pupil(4, "Phạm Thị Dung"), SCHOOL, YEAR).card();

        assertThat(fresh.kid()).isEqualTo(newKid).isNotEqualTo(old.kid());
        assertThat(atGate(old.code())).isInstanceOf(CodeResult.Accepted.class);
        assertThat(atGate(fresh.code())).isInstanceOf(CodeResult.Accepted.class);
    }

    @Test
    void a_revoked_key_makes_gates_refuse_its_cards_and_a_bulk_upload_replaces_them() {
        CardRow person = pupil(5, "Hoàng Văn Em");
        IssuedCard old = issuing.issueAll(List.of(person), SCHOOL, YEAR, "b1", n -> { }).get(0).card();
        keys.rotate(clock.instant());
        keys.revoke(old.kid());

        assertThat(atGate(old.code())).isInstanceOfSatisfying(CodeResult.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.REVOKED));
        IssueOutcome again = issuing.issueAll(List.of(person), SCHOOL, YEAR, "b2", n -> { }).get(0);
        assertThat(again).isInstanceOf(IssueOutcome.Issued.class);
        assertThat(atGate(again.card().code())).isInstanceOf(CodeResult.Accepted.class);
    }
}
