package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.TokenDigest;
import vn.qrgate.registry.domain.people.Membership;
import vn.qrgate.registry.domain.people.Person;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.domain.people.RegisteredGateway;
import vn.qrgate.registry.domain.people.ScriptGrant;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.GatewayExistsException;
import vn.qrgate.registry.port.UnknownVenueException;

/**
 * People, memberships, sessions, script tokens and registered gateways (V5), SQLite or PostgreSQL.
 * Operation names in exceptions carry ids and codes, never a phone number or a token.
 */
final class JdbcAccountStore implements AccountStore {

    private static final String PERSON = "SELECT id, phone, role, area_code FROM person";
    // DO UPDATE rather than DO NOTHING so RETURNING gives the id of an existing row too.
    private static final String ENSURE_PERSON = "INSERT INTO person (phone, created_at) VALUES (?, ?) "
            + "ON CONFLICT (phone) DO UPDATE SET phone = excluded.phone RETURNING id";
    private static final String SET_ROLE = "UPDATE person SET role = ?, area_code = ? WHERE id = ?";
    private static final String MEMBER_COLUMNS = "SELECT m.venue_code, p.phone, m.owner, m.added_at FROM venue_member m "
            + "JOIN person p ON p.id = m.person_id";
    private static final String ADD_MEMBER = "INSERT INTO venue_member (venue_code, person_id, owner, added_at) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (venue_code, person_id) DO UPDATE SET owner = (venue_member.owner OR excluded.owner)";

    private final Database db;
    private final Sql sql;
    private final Clock clock;

    JdbcAccountStore(Database db, Clock clock) {
        this.db = db;
        this.sql = new Sql(db);
        this.clock = clock;
    }

    @Override
    public Optional<Person> person(PhoneNumber phone) {
        return first(persons(PERSON + " WHERE phone = ?", phone.value(), "read a person by phone"));
    }

    @Override
    public Optional<Person> person(long id) {
        return first(persons(PERSON + " WHERE id = ?", id, "read " + Person.accountId(id)));
    }

    @Override
    public Person ensurePerson(PhoneNumber phone) {
        long id = transaction("make sure a person exists", c -> ensurePerson(c, phone));
        return person(id).orElseThrow();
    }

    @Override
    public Person putRole(PhoneNumber phone, Role role, Optional<String> area) {
        // Checked by the record before anything is written.
        new Person(0, phone, Optional.of(role), area);
        return transaction("give a person role " + role.configName(), c -> {
            long id = ensurePerson(c, phone);
            update(c, SET_ROLE, role.name(), area.orElse(null), id);
            return new Person(id, phone, Optional.of(role), area);
        });
    }

    @Override
    public boolean removeRole(PhoneNumber phone) {
        return transaction("take a person's role", c -> update(c,
                "UPDATE person SET role = NULL, area_code = NULL WHERE phone = ? AND role IS NOT NULL", phone.value()) == 1);
    }

    @Override
    public List<Person> withRoles() {
        return persons(PERSON + " WHERE role IS NOT NULL AND 1 = ? ORDER BY phone", 1, "list the accounts");
    }

    @Override
    public boolean isKnown(PhoneNumber phone) {
        return !query("SELECT 1 FROM person p WHERE p.phone = ? AND (p.role IS NOT NULL OR EXISTS "
                + "(SELECT 1 FROM venue_member m WHERE m.person_id = p.id))", List.of(phone.value()),
                rs -> 1, "look a phone up").isEmpty();
    }

    @Override
    public List<Membership> membershipsOf(long personId) {
        return query(MEMBER_COLUMNS + " WHERE m.person_id = ? ORDER BY m.venue_code", List.of(personId), this::membership,
                "read the venues of " + Person.accountId(personId));
    }

    @Override
    public List<Membership> membersOf(VenueCode venue) {
        return query(MEMBER_COLUMNS + " WHERE m.venue_code = ? ORDER BY m.owner DESC, m.added_at, p.phone",
                List.of(venue.value()), this::membership, "read the members of venue " + venue);
    }

    @Override
    public Membership addMember(VenueCode venue, PhoneNumber phone, boolean owner) {
        return transaction("add a member to venue " + venue, c -> {
            // A write first: SQLite then holds the write lock for the whole transaction.
            long id = ensurePerson(c, phone);
            if (query(c, "SELECT 1 FROM venue WHERE code = ?", List.of(venue.value()), rs -> 1).isEmpty()) {
                throw new UnknownVenueException(venue);
            }
            try (PreparedStatement ps = c.prepareStatement(ADD_MEMBER)) {
                ps.setString(1, venue.value());
                ps.setLong(2, id);
                ps.setBoolean(3, owner);
                db.dialect().setInstant(ps, 4, clock.instant());
                ps.executeUpdate();
            }
            return query(c, MEMBER_COLUMNS + " WHERE m.venue_code = ? AND m.person_id = ?", List.of(venue.value(), id),
                    this::membership).get(0);
        });
    }

    @Override
    public boolean removeStaff(VenueCode venue, PhoneNumber phone) {
        return transaction("remove a staff member of venue " + venue, c -> update(c, "DELETE FROM venue_member "
                + "WHERE venue_code = ? AND owner = ? AND person_id = (SELECT id FROM person WHERE phone = ?)",
                venue.value(), false, phone.value()) == 1);
    }

    @Override
    public void createSession(TokenDigest token, long personId, Instant expiresAt) {
        transaction("start a session of " + Person.accountId(personId), c -> update(c,
                "INSERT INTO login_session (token_sha256, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                token.hex(), personId, clock.instant(), expiresAt));
    }

    @Override
    public Optional<Long> sessionPerson(TokenDigest token, Instant now) {
        return first(query("SELECT person_id FROM login_session WHERE token_sha256 = ? AND expires_at > ?",
                List.of(token.hex(), now), rs -> rs.getLong(1), "read a session"));
    }

    @Override
    public void deleteSession(TokenDigest token) {
        transaction("end a session", c -> update(c, "DELETE FROM login_session WHERE token_sha256 = ?", token.hex()));
    }

    @Override
    public long createScriptToken(TokenDigest token, ScriptGrant grant, Instant expiresAt) {
        return transaction("store a script token", c -> query(c, "INSERT INTO script_token (token_sha256, role, "
                + "area_code, venues, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                Arrays.asList(token.hex(), grant.role().name(), grant.area().orElse(null),
                        String.join(" ", grant.venues().stream().sorted().toList()), clock.instant(), expiresAt),
                rs -> rs.getLong(1)).get(0));
    }

    @Override
    public Optional<ScriptToken> scriptToken(TokenDigest token, Instant now) {
        return first(query("SELECT id, role, area_code, venues, expires_at FROM script_token WHERE token_sha256 = ? "
                + "AND expires_at > ?", List.of(token.hex(), now), rs -> {
                    String venues = rs.getString("venues");
                    ScriptGrant grant = new ScriptGrant(Role.valueOf(rs.getString("role")),
                            Optional.ofNullable(rs.getString("area_code")),
                            venues.isEmpty() ? Set.of() : Set.of(venues.split(" ")));
                    return new ScriptToken(rs.getLong("id"), grant, db.dialect().getInstant(rs, "expires_at"));
                }, "read a script token"));
    }

    @Override
    public RegisteredGateway registerGateway(String id, TokenDigest token) {
        Instant now = clock.instant();
        return transaction("register gateway " + id, c -> {
            if (update(c, "INSERT INTO registered_gateway (id, token_sha256, created_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (id) DO NOTHING", id, token.hex(), now) == 0) {
                throw new GatewayExistsException(id);
            }
            return query(c, "SELECT id, created_at, revoked_at FROM registered_gateway WHERE id = ?", List.of(id),
                    this::gateway).get(0);
        });
    }

    @Override
    public Optional<String> gatewayOf(TokenDigest token) {
        return first(query("SELECT id FROM registered_gateway WHERE token_sha256 = ? AND revoked_at IS NULL",
                List.of(token.hex()), rs -> rs.getString(1), "read a gateway"));
    }

    @Override
    public List<RegisteredGateway> gateways() {
        return query("SELECT id, created_at, revoked_at FROM registered_gateway WHERE 1 = ? ORDER BY id", List.of(1),
                this::gateway, "list the registered gateways");
    }

    @Override
    public boolean revokeGateway(String id) {
        return transaction("revoke gateway " + id, c -> update(c,
                "UPDATE registered_gateway SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", clock.instant(), id) == 1);
    }

    private long ensurePerson(Connection c, PhoneNumber phone) throws SQLException {
        return query(c, ENSURE_PERSON, List.of(phone.value(), clock.instant()), rs -> rs.getLong(1)).get(0);
    }

    private Membership membership(ResultSet rs) throws SQLException {
        return new Membership(VenueCode.of(rs.getString("venue_code")), new PhoneNumber(rs.getString("phone")),
                rs.getBoolean("owner"), db.dialect().getInstant(rs, "added_at"));
    }

    private RegisteredGateway gateway(ResultSet rs) throws SQLException {
        rs.getObject("revoked_at");
        Optional<Instant> revoked = rs.wasNull() ? Optional.empty() : Optional.of(db.dialect().getInstant(rs, "revoked_at"));
        return new RegisteredGateway(rs.getString("id"), db.dialect().getInstant(rs, "created_at"), revoked);
    }

    private List<Person> persons(String sql, Object key, String operation) {
        return query(sql, List.of(key), rs -> {
            String role = rs.getString("role");
            return new Person(rs.getLong("id"), new PhoneNumber(rs.getString("phone")),
                    Optional.ofNullable(role).map(Role::valueOf), Optional.ofNullable(rs.getString("area_code")));
        }, operation);
    }

    private <T> List<T> query(String statement, List<?> params, Sql.Row<T> row, String operation) {
        return sql.query(statement, params, row, operation);
    }

    private <T> List<T> query(Connection c, String statement, List<?> params, Sql.Row<T> row) throws SQLException {
        return sql.query(c, statement, params, row);
    }

    private int update(Connection c, String statement, Object... params) throws SQLException {
        return sql.update(c, statement, params);
    }

    private <T> T transaction(String operation, Sql.Work<T> work) {
        return sql.transaction(operation, work);
    }

    private static <T> Optional<T> first(List<T> rows) {
        return Sql.first(rows);
    }
}
