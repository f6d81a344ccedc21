package nl.kwartiermaker.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignInMethods;
import org.springframework.security.access.prepost.PreAuthorize;
import nl.kwartiermaker.user.UserEvents.UserCreated;
import nl.kwartiermaker.user.UserEvents.UserDeactivated;
import nl.kwartiermaker.user.UserEvents.UserPasswordReset;
import nl.kwartiermaker.user.UserEvents.UserReactivated;
import nl.kwartiermaker.user.UserEvents.UserRenamed;
import nl.kwartiermaker.user.UserEvents.UserRolesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: created, changed and deactivated by a Beheerder; each person keeps their own language choice. */
@Service
@Transactional(readOnly = true)
public class UserService {

    /** See {@link PasswordRules}: long rather than complicated, and not a common password. */
    public static final int PASSWORD_MIN = PasswordRules.MIN;
    public static final int PASSWORD_MAX_BYTES = PasswordRules.MAX_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PortalUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordService passwords;
    private final SignInMethods methods;

    UserService(PortalUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                Clock clock, PasswordService passwords, SignInMethods methods) {
        this.passwords = passwords;
        this.methods = methods;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    public record NewUser(String email, String displayName, Set<Role> roles, String password) {
    }

    @PreAuthorize(Access.BEHEERDER)
    public List<UserAccount> search(String search, Pageable pageable) {
        return users.search(searchTerm(search), pageable).stream().map(UserAccount::of).toList();
    }

    @PreAuthorize(Access.BEHEERDER)
    public long countSearch(String search) {
        return users.countSearch(searchTerm(search));
    }

    private static String searchTerm(String search) {
        return search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }

    @PreAuthorize(Access.BEHEERDER)
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(PortalUser.normalise(email)).map(UserAccount::of);
    }

    @PreAuthorize(Access.BEHEERDER)
    public Optional<UserAccount> findById(long id) {
        return users.findById(id).map(UserAccount::of);
    }

    /** Any signed-in feature may show who someone is (e.g. an item's owner). */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<UserAccount> findAccount(long id) {
        return users.findById(id).map(UserAccount::of);
    }

    /** The accounts of these people, in one query: a message to everyone involved looks nobody up one by one. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<UserAccount> accounts(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : users.findWithRolesByIdIn(ids).stream().map(UserAccount::of).toList();
    }

    /** Display names for ids, in one query: lists show who owns what without a lookup per row. */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findNames(ids).stream()
                .collect(Collectors.toMap(PortalUserRepository.Name::getId, PortalUserRepository.Name::getDisplayName));
    }

    /** A person as others may see them when choosing an owner, project lead or member: no address, no roles. */
    public record Person(long id, String displayName) {
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<Person> activePeople() {
        return users.findActiveNames().stream().map(n -> new Person(n.getId(), n.getDisplayName())).toList();
    }

    /**
     * The active accounts with the partner-contact role, by name: the pool coordinator links each to the municipality
     * it speaks for. Only names, as {@link #activePeople()}.
     */
    @PreAuthorize("hasRole('" + Role.Names.POOL_COORDINATOR + "')")
    public List<Person> activePartnerContacts() {
        return users.findActiveNamesWithRole(Role.PARTNER_CONTACT).stream()
                .map(n -> new Person(n.getId(), n.getDisplayName())).toList();
    }

    /** The first of each person's roles in the portal's order, e.g. for their place in a working group. */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<Long, Role> mainRoles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(ids).stream().filter(u -> !u.getRoles().isEmpty())
                .collect(Collectors.toMap(PortalUser::getId, u -> u.getRoles().iterator().next()));
    }

    /** The signed-in person's own account. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<UserAccount> currentAccount() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return users.findByEmail(authentication.getName()).map(UserAccount::of);
    }

    /** Whether an account exists for this address; sign-in uses it to avoid recording mistyped passwords. */
    @PreAuthorize(Access.ANYONE)
    public boolean isAccount(String email) {
        return users.existsByEmail(PortalUser.normalise(email));
    }

    /**
     * Called by sign-in while the person is being authenticated. A bulk update, so it neither bumps the version (a
     * Beheerder's open edit of this account stays valid) nor changes who last edited the account.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public void recordSuccessfulLogin(String email) {
        users.recordLogin(PortalUser.normalise(email), clock.instant());
    }

    /** A personal preference, stored without touching the account's version or audit columns (see above). */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void changeOwnLocale(Locale locale) {
        users.updateLocale(currentUser().getId(), PortalLocales.supported(locale).toLanguageTag());
    }

    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public UserAccount create(NewUser request) {
        String email = newEmail(request.email());
        String name = checkedName(request.displayName());
        Set<Role> roles = checkedRoles(request.roles());
        requirePasswords();
        checkPassword(request.password());
        return created(new PortalUser(email, name, passwordEncoder.encode(request.password()), roles));
    }

    /**
     * An account that signs in only through the organisation's identity provider: no password, no link. It is
     * linked to the person at the provider on their first sign-in when the provider vouches for the address
     * (decision 0013); until then the roles given here hold, afterwards the provider's.
     */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public UserAccount createWithoutPassword(String email, String displayName, Set<Role> roles) {
        return created(new PortalUser(newEmail(email), checkedName(displayName), null, checkedRoles(roles)));
    }

    /** The address of a new account, in its stored form: valid, and nobody's yet. */
    private String newEmail(String email) {
        String normalised = PortalUser.normalise(email);
        if (!isEmail(normalised)) {
            throw new InvalidInput("user.error.email");
        }
        if (users.existsByEmail(normalised)) {
            throw new InvalidInput("user.error.email.taken", normalised);
        }
        return normalised;
    }

    private UserAccount created(PortalUser account) {
        PortalUser user = users.save(account);
        events.publishEvent(new UserCreated(user.getId(), user.getEmail(), user.getDisplayName(), user.getLocale(),
                user.getRoles(), user.hasPassword()));
        return UserAccount.of(user);
    }

    /** With password sign-in switched off, no password is set anywhere: it could not be used, only leak. */
    private void requirePasswords() {
        if (!methods.passwords()) {
            throw new InvalidInput("user.error.passwords.off");
        }
    }

    /**
     * A new account without a typed password: the person gets a link (valid 7 days) and sets their own, so no
     * password passes through the Beheerder. Until then the account has a random password nobody knows.
     */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public UserAccount createWithPasswordLink(String email, String displayName, Set<Role> roles) {
        byte[] unknown = new byte[32];
        RANDOM.nextBytes(unknown);
        UserAccount account = create(new NewUser(email, displayName, roles,
                Base64.getEncoder().encodeToString(unknown)));
        passwords.sendSetPasswordLink(account.id());
        return account;
    }

    /**
     * Mails this person a new link to set their password (valid 7 days); a link sent earlier stops working. For
     * someone who never set one, or cannot sign in and does not use "wachtwoord vergeten". Recorded in the audit log.
     */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public UserAccount sendSetPasswordLink(long id) {
        passwords.sendSetPasswordLink(id);
        return users.findById(id).map(UserAccount::of).orElseThrow(() -> new InvalidInput("user.error.notfound"));
    }

    /**
     * Changes name and roles. {@code expectedVersion} is the version the editor started from: if someone saved in
     * between, nothing is written and the caller learns of the conflict.
     */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public UserAccount update(long id, long expectedVersion, String displayName, Set<Role> roles) {
        PortalUser user = editable(id, expectedVersion);
        String name = checkedName(displayName);
        Set<Role> newRoles = checkedRoles(roles);
        Set<Role> oldRoles = user.getRoles();
        if (oldRoles.contains(Role.BEHEERDER) && !newRoles.contains(Role.BEHEERDER) && user.isActive()) {
            requireAnotherBeheerder();
        }
        if (!name.equals(user.getDisplayName())) {
            events.publishEvent(new UserRenamed(id, user.getEmail(), user.getDisplayName(), name));
            user.setDisplayName(name);
        }
        if (!oldRoles.equals(newRoles)) {
            user.setRoles(newRoles);
            events.publishEvent(new UserRolesChanged(id, user.getEmail(), oldRoles, newRoles));
        }
        return UserAccount.of(users.saveAndFlush(user));
    }

    /** The person can no longer sign in and their open sessions end. */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public UserAccount deactivate(long id, long expectedVersion) {
        PortalUser user = editable(id, expectedVersion);
        if (!user.isActive()) {
            return UserAccount.of(user);
        }
        if (user.getEmail().equals(SecurityContextHolder.getContext().getAuthentication().getName())) {
            throw new InvalidInput("user.error.deactivate.self");
        }
        if (user.getRoles().contains(Role.BEHEERDER)) {
            requireAnotherBeheerder();
        }
        user.setActive(false);
        events.publishEvent(new UserDeactivated(id, user.getEmail()));
        return UserAccount.of(users.saveAndFlush(user));
    }

    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public UserAccount reactivate(long id, long expectedVersion) {
        PortalUser user = editable(id, expectedVersion);
        if (!user.isActive()) {
            user.setActive(true);
            events.publishEvent(new UserReactivated(id, user.getEmail()));
        }
        return UserAccount.of(users.saveAndFlush(user));
    }

    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public UserAccount resetPassword(long id, long expectedVersion, String newPassword) {
        PortalUser user = editable(id, expectedVersion);
        requirePasswords();
        checkPassword(newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new UserPasswordReset(id, user.getEmail()));
        return UserAccount.of(users.saveAndFlush(user));
    }

    private PortalUser editable(long id, long expectedVersion) {
        PortalUser user = users.findById(id).orElseThrow(() -> new InvalidInput("user.error.notfound"));
        user.requireVersion(expectedVersion);
        return user;
    }

    private PortalUser currentUser() {
        String email = SecurityContextHolder.getContext().getAuthentication().getName();
        return users.findByEmail(email).orElseThrow(() -> new InvalidInput("user.error.notfound"));
    }

    /** Locks the active Beheerders' rows, so two Beheerders cannot remove each other at the same moment. */
    private void requireAnotherBeheerder() {
        if (users.lockActiveWithRole(Role.BEHEERDER).size() <= 1) {
            throw new InvalidInput("user.error.last.beheerder");
        }
    }

    static boolean isEmail(String normalised) {
        return EMAIL.matcher(normalised).matches() && normalised.length() <= PortalUser.EMAIL_MAX;
    }

    private static String checkedName(String displayName) {
        String name = Objects.requireNonNullElse(displayName, "").strip();
        if (name.isEmpty() || name.length() > PortalUser.NAME_MAX) {
            throw new InvalidInput("user.error.name", PortalUser.NAME_MAX);
        }
        return name;
    }

    private static Set<Role> checkedRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInput("user.error.roles");
        }
        return EnumSet.copyOf(roles);
    }

    /** Every place that sets a password goes through this, so each says the same limits. */
    static void checkPassword(String password) {
        PasswordRules.check(password);
    }
}
