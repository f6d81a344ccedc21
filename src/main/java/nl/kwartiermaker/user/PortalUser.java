package nl.kwartiermaker.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import nl.kwartiermaker.base.AuditedEntity;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.Role;

/** A person who signs in to the portal. E-mail is the sign-in name; it is stored in lower case. */
@Entity
@Table(name = "portal_user")
public class PortalUser extends AuditedEntity {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    /** Empty for an account made by its first sign-in through the identity provider: it has no password. */
    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    /** The identity provider's issuer and its subject (id) for this person, once they signed in through it. */
    @Column(name = "oidc_issuer", length = 255)
    private String oidcIssuer;

    @Column(name = "oidc_subject", length = 255)
    private String oidcSubject;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale = PortalLocales.DUTCH.toLanguageTag();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /**
     * Raised by every change that ends the person's sessions (decision 0016); only the repository's update writes it,
     * so an entity loaded before the change cannot write an older number back.
     */
    @Column(name = "session_generation", nullable = false, insertable = false, updatable = false)
    private long sessionGeneration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected PortalUser() {
    }

    PortalUser(String email, String displayName, String passwordHash, Set<Role> roles) {
        this.email = normalise(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        setRoles(roles);
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Only for erasure: everywhere else the address is the fixed sign-in name. */
    void setEmail(String email) {
        this.email = normalise(email);
    }

    void forgetLastLogin() {
        this.lastLoginAt = null;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName.strip();
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Whether the person can sign in with a password (an account made through the provider has none). */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    boolean isLinkedToProvider() {
        return oidcSubject != null;
    }

    String getOidcIssuer() {
        return oidcIssuer;
    }

    String getOidcSubject() {
        return oidcSubject;
    }

    void linkToProvider(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Locale getLocale() {
        return PortalLocales.supported(Locale.forLanguageTag(locale));
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
