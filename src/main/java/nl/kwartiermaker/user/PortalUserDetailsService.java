package nl.kwartiermaker.user;

import nl.kwartiermaker.base.Role;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in reads accounts through Spring Security's own interface, so the password hash never appears in this
 * feature's public API. A deactivated account is disabled and cannot sign in; an account without a password (made
 * through the identity provider) is no account for password sign-in at all.
 */
@Component
class PortalUserDetailsService implements UserDetailsService {

    private final PortalUserRepository users;

    PortalUserDetailsService(PortalUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByEmail(PortalUser.normalise(username)).filter(PortalUser::hasPassword)
                .map(u -> User.withUsername(u.getEmail())
                        .password(u.getPasswordHash())
                        .disabled(!u.isActive())
                        .authorities(Role.authoritiesOf(u.getRoles()))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
