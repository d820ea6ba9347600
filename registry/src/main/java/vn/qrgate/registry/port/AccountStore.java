package vn.qrgate.registry.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.TokenDigest;
import vn.qrgate.registry.domain.people.Membership;
import vn.qrgate.registry.domain.people.Person;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.domain.people.RegisteredGateway;
import vn.qrgate.registry.domain.people.ScriptGrant;
import vn.qrgate.registry.domain.venue.VenueCode;

/**
 * People, their venues, and the tokens that stand for them: login sessions, script tokens and
 * gateways registered in the console. Tokens are only ever given and looked up as digests. Every method
 * may throw {@link StoreBusyException} or {@link StoreFailureException} like {@link CheckinStore}'s.
 */
public interface AccountStore {

    Optional<Person> person(PhoneNumber phone);

    Optional<Person> person(long id);

    /** The person with this phone, created without a role when new (a card holder logging in). */
    Person ensurePerson(PhoneNumber phone);

    /** Gives the person (created when new) an admin's, tracer's or official's role, replacing any other. */
    Person putRole(PhoneNumber phone, Role role, Optional<String> area);

    /** Takes the person's role away; their venue memberships stay. False when they had none. */
    boolean removeRole(PhoneNumber phone);

    /** People with a role, by phone. */
    List<Person> withRoles();

    /** Whether anyone with this phone may log in: a role or a venue. */
    boolean isKnown(PhoneNumber phone);

    List<Membership> membershipsOf(long personId);

    /** The venue's owner(s) and staff, owners first, then by when they were added. */
    List<Membership> membersOf(VenueCode venue);

    /**
     * Makes the phone's person (created when new) a member of the venue. A member stays what they were:
     * adding an owner as staff leaves them owner.
     *
     * @throws UnknownVenueException when no venue has that code
     */
    Membership addMember(VenueCode venue, PhoneNumber phone, boolean owner);

    /** Removes a staff member (never the owner); false when the phone was not staff there. */
    boolean removeStaff(VenueCode venue, PhoneNumber phone);

    void createSession(TokenDigest token, long personId, Instant expiresAt);

    /** The person of a session that has not expired at {@code now}. */
    Optional<Long> sessionPerson(TokenDigest token, Instant now);

    void deleteSession(TokenDigest token);

    /** Stores a script token; returns its id, which the account's id is made from. */
    long createScriptToken(TokenDigest token, ScriptGrant grant, Instant expiresAt);

    /** A script token that has not expired at {@code now}, with its id. */
    Optional<ScriptToken> scriptToken(TokenDigest token, Instant now);

    record ScriptToken(long id, ScriptGrant grant, Instant expiresAt) {
    }

    /** @throws GatewayExistsException when a gateway (revoked or not) has this id */
    RegisteredGateway registerGateway(String id, TokenDigest token);

    /** The id of the registered, not revoked gateway with this token. */
    Optional<String> gatewayOf(TokenDigest token);

    List<RegisteredGateway> gateways();

    /** False when no gateway has the id or it was revoked already. */
    boolean revokeGateway(String id);
}
