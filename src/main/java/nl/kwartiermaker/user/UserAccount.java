package nl.kwartiermaker.user;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import nl.kwartiermaker.base.Role;

/**
 * A read-only view of an account for other features and the UI; it never carries the password hash, only whether
 * there is one ({@code hasPassword}: false for an account that signs in only through the identity provider).
 */
public record UserAccount(long id, long version, String email, String displayName, Set<Role> roles, boolean active,
                          Locale locale, Instant lastLoginAt, Instant createdAt, boolean hasPassword) {

    static UserAccount of(PortalUser user) {
        return new UserAccount(user.getId(), user.getVersion(), user.getEmail(), user.getDisplayName(),
                user.getRoles(), user.isActive(), user.getLocale(), user.getLastLoginAt(), user.getCreatedAt(),
                user.hasPassword());
    }
}
