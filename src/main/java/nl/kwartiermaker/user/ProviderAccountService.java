package nl.kwartiermaker.user;

import java.time.Clock;
import java.util.Set;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserEvents.UserCreated;
import nl.kwartiermaker.user.UserEvents.UserLinkedToProvider;
import nl.kwartiermaker.user.UserEvents.UserRenamed;
import nl.kwartiermaker.user.UserEvents.UserRolesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of people who sign in through the organisation's identity provider (OpenID Connect). Their first sign-in
 * makes the account; every sign-in brings name and roles in line with the provider, which is where the organisation
 * keeps them. Why an existing account is linked only on an e-mail address the provider vouches for:
 * docs/decisions/0013-openid-connect-login.md.
 */
@Service
@Transactional
public class ProviderAccountService {

    private final PortalUserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderAccountService(PortalUserRepository users, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Who the provider says signed in. {@code emailVerified}: the provider vouches that the address is theirs (its
     * {@code email_verified} claim, or the Beheerder's setting that the provider's addresses are the organisation's
     * own). {@code roles}: the portal roles their groups or roles at the provider map to.
     */
    public record Identity(String issuer, String subject, String email, boolean emailVerified, String displayName,
                           Set<Role> roles) {
    }

    /** Why a sign-in through the provider was refused; the login page says what the person can do. */
    public enum Refusal {
        /** None of their groups or roles at the provider gives a role in the portal. */
        NO_ROLE,
        /** Their portal account was deactivated by a Beheerder. */
        DEACTIVATED,
        /** No usable e-mail address, or one that belongs to an account this identity may not take over. */
        NO_ACCOUNT
    }

    /** A refused sign-in; {@code account} is the e-mail address it concerned, when known. */
    public static final class SignInRefused extends RuntimeException {

        private final Refusal refusal;
        private final String account;

        SignInRefused(Refusal refusal, String account) {
            super("Sign-in through the identity provider refused: " + refusal);
            this.refusal = refusal;
            this.account = account;
        }

        public Refusal refusal() {
            return refusal;
        }

        public String account() {
            return account;
        }
    }

    /**
     * The account of the person who just signed in through the provider: found by their identity there, else linked
     * by e-mail address, else made. Refused when it is deactivated or they have no portal role. Called by sign-in
     * itself, before anyone is signed in.
     */
    @PreAuthorize(Access.ANYONE)
    public UserAccount signIn(Identity identity) {
        String email = PortalUser.normalise(identity.email());
        PortalUser user = users.findByProvider(identity.issuer(), identity.subject())
                .orElseGet(() -> linkable(identity, email));
        if (user != null && !user.isActive()) {
            throw new SignInRefused(Refusal.DEACTIVATED, user.getEmail());
        }
        if (identity.roles().isEmpty()) {
            throw new SignInRefused(Refusal.NO_ROLE, user != null ? user.getEmail() : printable(email));
        }
        if (user == null) {
            user = create(identity, email);
        } else {
            update(user, identity);
        }
        users.recordLogin(user.getEmail(), clock.instant());
        return UserAccount.of(user);
    }

    /**
     * The account with the same address, if the identity may take it: only an account not linked to someone else at
     * the provider, and only when the provider vouches for the address. Null when there is none.
     */
    private PortalUser linkable(Identity identity, String email) {
        if (!UserService.isEmail(email)) {
            throw new SignInRefused(Refusal.NO_ACCOUNT, null);
        }
        PortalUser user = users.findByEmail(email).orElse(null);
        if (user != null && (user.isLinkedToProvider() || !identity.emailVerified())) {
            throw new SignInRefused(Refusal.NO_ACCOUNT, email);
        }
        return user;
    }

    private PortalUser create(Identity identity, String email) {
        PortalUser user = new PortalUser(email, name(identity, email), null, identity.roles());
        user.linkToProvider(identity.issuer(), identity.subject());
        user = users.saveAndFlush(user);
        events.publishEvent(new UserCreated(user.getId(), email, user.getDisplayName(), user.getLocale(),
                user.getRoles(), false));
        return user;
    }

    /**
     * The provider keeps name and roles, so they follow it at every sign-in, also when that takes the Beheerder role
     * from the last Beheerder: the provider can give it back, the portal cannot overrule it. The e-mail address stays:
     * it is the account's name in the portal and its audit log.
     */
    private void update(PortalUser user, Identity identity) {
        if (!user.isLinkedToProvider()) {
            user.linkToProvider(identity.issuer(), identity.subject());
            events.publishEvent(new UserLinkedToProvider(user.getId(), user.getEmail(), identity.issuer()));
        }
        String name = name(identity, user.getDisplayName());
        if (!name.equals(user.getDisplayName())) {
            events.publishEvent(new UserRenamed(user.getId(), user.getEmail(), user.getDisplayName(), name));
            user.setDisplayName(name);
        }
        if (!identity.roles().equals(user.getRoles())) {
            events.publishEvent(new UserRolesChanged(user.getId(), user.getEmail(), user.getRoles(), identity.roles(),
                    true));
            user.setRoles(identity.roles());
        }
        users.saveAndFlush(user);
    }

    /** The provider's name for the person, within the portal's limit; {@code otherwise} when it gives none. */
    private static String name(Identity identity, String otherwise) {
        String name = identity.displayName() == null ? "" : printable(identity.displayName()).strip();
        if (name.isEmpty()) {
            return otherwise;
        }
        return name.length() > PortalUser.NAME_MAX ? name.substring(0, PortalUser.NAME_MAX) : name;
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "_");
    }
}
