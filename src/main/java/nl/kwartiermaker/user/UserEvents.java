package nl.kwartiermaker.user;

import java.util.Locale;
import java.util.Set;
import nl.kwartiermaker.base.Role;

/** What happened to accounts; the audit log, sessions and notifications react to these. */
public final class UserEvents {

    private UserEvents() {
    }

    /** An event after which the person's sessions end, on every instance (decision 0016). */
    public interface SessionsEnded {
        long userId();
    }

    /** {@code password}: the account has one; without, the person signs in through the identity provider. */
    public record UserCreated(long userId, String email, String displayName, Locale locale, Set<Role> roles,
                              boolean password) {

        public UserCreated(long userId, String email, String displayName, Locale locale, Set<Role> roles) {
            this(userId, email, displayName, locale, roles, true);
        }
    }

    /** {@code byProvider}: the identity provider's groups changed them, at the person's own sign-in. */
    public record UserRolesChanged(long userId, String email, Set<Role> before, Set<Role> after, boolean byProvider)
            implements SessionsEnded {

        public UserRolesChanged(long userId, String email, Set<Role> before, Set<Role> after) {
            this(userId, email, before, after, false);
        }
    }

    public record UserRenamed(long userId, String email, String before, String after) {
    }

    public record UserDeactivated(long userId, String email) implements SessionsEnded {
    }

    public record UserReactivated(long userId, String email) {
    }

    public record UserPasswordReset(long userId, String email) implements SessionsEnded {
    }

    /**
     * The person changed their own password while signed in. Their other sessions end; {@code keepSessionId} is the
     * session they changed it in (null when there is none), which stays signed in.
     */
    public record OwnPasswordChanged(long userId, String email, String keepSessionId) implements SessionsEnded {
    }

    /**
     * A link to set a password was issued; {@code link} holds the token, so only the mail may keep it (sealed).
     * {@code byBeheerder}: sent by a Beheerder, else asked for through "wachtwoord vergeten" from
     * {@code requestedFrom} (the client address, known only then: the link is issued after the page has answered).
     */
    public record PasswordLinkIssued(long userId, String email, String displayName, Locale locale, String link,
                                     boolean byBeheerder, java.time.Duration validity, String requestedFrom) {
        @Override
        public String toString() {
            // events end up in logs and test reports; the link must not
            return "PasswordLinkIssued[userId=" + userId + ", byBeheerder=" + byBeheerder + "]";
        }
    }

    /** Someone set their password through a link: all their sessions end and login throttling forgets them. */
    public record PasswordSetByLink(long userId, String email) implements SessionsEnded {
    }

    /**
     * An existing account was linked to the person's identity at the identity provider on their first sign-in there;
     * from then on the provider's identity, not the e-mail address, finds the account.
     */
    public record UserLinkedToProvider(long userId, String email, String issuer) {
    }

    /**
     * A Beheerder erased the person (a data-subject request): the account keeps only a pseudonym. Their sessions end;
     * unlike {@link UserDeactivated} the audit log does not repeat their address.
     */
    public record UserErased(long userId, String formerEmail) implements SessionsEnded {
        @Override
        public String toString() {
            return "UserErased[userId=" + userId + "]";
        }
    }
}
