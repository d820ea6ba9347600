package vn.qrgate.registry.adapter.jdbc;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.qrgate.registry.domain.cards.CardRow;
import vn.qrgate.registry.domain.cards.IssuedCard;
import vn.qrgate.registry.domain.cards.SubjectRevocation;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.port.CardStore;
import vn.qrgate.registry.port.StoreFailureException;

/** QG1 cards (V8) on SQLite or PostgreSQL. */
final class JdbcCardStore implements CardStore {

    private static final String COLUMNS = "SELECT id, subject_hash, document, name, birth_date, phone, group_label, kid, "
            + "issued_at, expires_at, issuer, issued_by, batch_id, code, revoked_at FROM qg1_card";
    private static final String INSERT = "INSERT INTO qg1_card (id, subject_hash, document, name, birth_date, phone, "
            + "group_label, kid, issued_at, expires_at, issuer, issued_by, batch_id, code, revoked_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SALT = "revocation_salt";

    private final Sql sql;
    /** Never changes once made: read once, not at every gateway poll (which would be a write transaction). */
    private volatile String salt;

    JdbcCardStore(Database db) {
        this.sql = new Sql(db);
    }

    @Override
    public String revocationSalt() {
        String known = salt;
        if (known == null) {
            known = readOrMakeSalt();
            salt = known;
        }
        return known;
    }

    private String readOrMakeSalt() {
        return sql.transaction("make the revocation salt", c -> {
            // Made once; a second registry starting at the same time keeps the first one's.
            String fresh = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            sql.update(c, "INSERT INTO registry_setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                    SALT, fresh);
            return sql.query(c, "SELECT value FROM registry_setting WHERE name = ?", List.of(SALT), rs -> rs.getString(1))
                    .get(0);
        });
    }

    @Override
    public Optional<IssuedCard> active(String subjectHash) {
        return Sql.first(sql.query(COLUMNS + " WHERE subject_hash = ? AND revoked_at IS NULL", List.of(subjectHash),
                this::card, "read a person's active card"));
    }

    @Override
    public Map<String, IssuedCard> active(Collection<String> subjectHashes) {
        Map<String, IssuedCard> out = new HashMap<>();
        if (!subjectHashes.isEmpty()) {
            sql.query(COLUMNS + " WHERE revoked_at IS NULL AND subject_hash IN (" + marks(subjectHashes.size()) + ")",
                    List.copyOf(subjectHashes), this::card, "read " + subjectHashes.size() + " people's active cards")
                    .forEach(card -> out.put(card.subjectHash(), card));
        }
        return out;
    }

    @Override
    public Map<String, Instant> latestIssuedAt(Collection<String> subjectHashes) {
        Map<String, Instant> out = new HashMap<>();
        if (!subjectHashes.isEmpty()) {
            sql.query("SELECT subject_hash, MAX(issued_at) AS latest FROM qg1_card WHERE subject_hash IN ("
                    + marks(subjectHashes.size()) + ") GROUP BY subject_hash", List.copyOf(subjectHashes),
                    rs -> Map.entry(rs.getString("subject_hash"), sql.dialect().getInstant(rs, "latest")),
                    "read " + subjectHashes.size() + " people's latest cards").forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    @Override
    public Optional<Instant> latestIssuedAt(String subjectHash) {
        return Sql.first(sql.query("SELECT issued_at FROM qg1_card WHERE subject_hash = ? ORDER BY issued_at DESC LIMIT 1",
                List.of(subjectHash), rs -> sql.dialect().getInstant(rs, "issued_at"), "read a person's latest card"));
    }

    @Override
    public List<Optional<UUID>> store(List<IssuedCard> cards) {
        try {
            return sql.transaction("store " + cards.size() + " cards", c -> {
                List<Optional<UUID>> replaced = new ArrayList<>(cards.size());
                try (PreparedStatement revoke = c.prepareStatement("UPDATE qg1_card SET revoked_at = ? "
                        + "WHERE subject_hash = ? AND revoked_at IS NULL RETURNING id");
                     PreparedStatement insert = c.prepareStatement(INSERT)) {
                    for (IssuedCard card : cards) {
                        replaced.add(revokeActive(revoke, card));
                        sql.bind(insert, values(card));
                        insert.executeUpdate();
                    }
                }
                return replaced;
            });
        } catch (StoreFailureException e) {
            if (e.getCause() instanceof SQLException sqle && isUniqueViolation(sqle)) {
                throw new CardConflictException();
            }
            throw e;
        }
    }

    private Optional<UUID> revokeActive(PreparedStatement revoke, IssuedCard card) throws SQLException {
        sql.bind(revoke, new Object[] {card.issuedAt(), card.subjectHash()});
        try (ResultSet rs = revoke.executeQuery()) {
            return rs.next() ? Optional.of(UUID.fromString(rs.getString(1))) : Optional.empty();
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        // PostgreSQL's unique_violation; SQLite's SQLITE_CONSTRAINT family (extended code in the vendor code).
        return "23505".equals(e.getSQLState()) || (e.getErrorCode() & 0xFF) == 19;
    }

    @Override
    public Optional<IssuedCard> card(UUID id) {
        return Sql.first(sql.query(COLUMNS + " WHERE id = ?", List.of(id.toString()), this::card, "read card " + id));
    }

    @Override
    public Optional<IssuedCard> revoke(UUID id, Instant at) {
        return sql.transaction("revoke card " + id, c -> {
            if (sql.update(c, "UPDATE qg1_card SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at,
                    id.toString()) == 0) {
                return Optional.empty();
            }
            return Sql.first(sql.query(c, COLUMNS + " WHERE id = ?", List.of(id.toString()), this::card));
        });
    }

    @Override
    public boolean holdsActiveCard(PhoneNumber phone) {
        return !sql.query("SELECT 1 FROM qg1_card WHERE phone = ? AND revoked_at IS NULL LIMIT 1", List.of(phone.value()),
                rs -> 1, "look a phone up among the cards").isEmpty();
    }

    @Override
    public List<IssuedCard> activeByPhone(PhoneNumber phone) {
        return sql.query(COLUMNS + " WHERE phone = ? AND revoked_at IS NULL ORDER BY issued_at DESC",
                List.of(phone.value()), this::card, "read the cards of a phone");
    }

    @Override
    public List<IssuedCard> issuedBy(String account, int limit) {
        return sql.query(COLUMNS + " WHERE issued_by = ? ORDER BY issued_at DESC, id LIMIT ?", List.of(account, limit),
                this::card, "read the cards issued by " + account);
    }

    @Override
    public List<SubjectRevocation> revocations(Instant now) {
        // Codes are issued on whole seconds: "issued before latest + 1 s" takes in every revoked one and no later card.
        return sql.query("SELECT subject_hash, MAX(issued_at) AS latest FROM qg1_card WHERE revoked_at IS NOT NULL "
                + "AND expires_at > ? GROUP BY subject_hash ORDER BY subject_hash", List.of(now),
                rs -> new SubjectRevocation(rs.getString("subject_hash"),
                        sql.dialect().getInstant(rs, "latest").plusSeconds(1)), "read the revocation list");
    }

    @Override
    public void putOrganisation(long personId, String organisation) {
        sql.transaction("set the organisation of person-" + personId, c -> sql.update(c,
                "INSERT INTO card_issuer (person_id, organisation) VALUES (?, ?) ON CONFLICT (person_id) "
                        + "DO UPDATE SET organisation = excluded.organisation", personId, organisation));
    }

    @Override
    public Optional<String> organisation(long personId) {
        return Sql.first(sql.query("SELECT organisation FROM card_issuer WHERE person_id = ?", List.of(personId),
                rs -> rs.getString(1), "read the organisation of person-" + personId));
    }

    private Object[] values(IssuedCard card) {
        CardRow p = card.person();
        return Arrays.asList(card.id().toString(), card.subjectHash(), p.document(), p.name(),
                p.birthDate().toString(), p.phone().map(PhoneNumber::value).orElse(null), p.group().orElse(null),
                card.kid(), card.issuedAt(), card.expiresAt(), card.issuer(), card.issuedBy(),
                card.batch().orElse(null), card.code(), card.revokedAt().orElse(null)).toArray();
    }

    private IssuedCard card(ResultSet rs) throws SQLException {
        try {
            CardRow person = new CardRow(rs.getString("document"), rs.getString("name"),
                    LocalDate.parse(rs.getString("birth_date")),
                    Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::new),
                    Optional.ofNullable(rs.getString("group_label")));
            return new IssuedCard(UUID.fromString(rs.getString("id")), rs.getString("subject_hash"), person,
                    rs.getString("kid"), sql.dialect().getInstant(rs, "issued_at"),
                    sql.dialect().getInstant(rs, "expires_at"), rs.getString("issuer"), rs.getString("issued_by"),
                    Optional.ofNullable(rs.getString("batch_id")), rs.getString("code"), sql.instant(rs, "revoked_at"));
        } catch (IllegalArgumentException e) {
            throw new StoreFailureException("a stored card is not valid: " + e.getClass().getSimpleName(), null);
        }
    }
}
