package nl.kwartiermaker.user;

import java.io.Serializable;
import java.util.Optional;
import nl.kwartiermaker.base.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a session still stands, asked by whichever instance holds it (decision 0016). A session keeps the stamp its
 * sign-in got; deactivation, a role change, a new password and erasure raise the account's number in the database,
 * and from then on every older stamp is void, on every instance.
 */
@Service
@Transactional(readOnly = true)
public class AccountSessions {

    /** The account a session belongs to and the account's session number when it began. */
    public record Stamp(long userId, long generation) implements Serializable {
    }

    private final PortalUserRepository users;

    AccountSessions(PortalUserRepository users) {
        this.users = users;
    }

    /** Asked while someone signs in, before they are in the security context. */
    @PreAuthorize(Access.ANYONE)
    public Optional<Stamp> stampFor(String email) {
        return users.sessionNumberOf(PortalUser.normalise(email)).map(n -> new Stamp(n.getId(), n.getGeneration()));
    }

    /** The stamp a session of this account would get now; nothing once the account is deactivated or gone. */
    @PreAuthorize(Access.ANYONE)
    public Optional<Stamp> current(long userId) {
        return users.activeSessionGeneration(userId).map(generation -> new Stamp(userId, generation));
    }
}
