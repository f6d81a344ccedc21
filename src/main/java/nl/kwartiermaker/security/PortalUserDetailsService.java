package nl.kwartiermaker.security;

import nl.kwartiermaker.user.UserService;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Accounts come from the user feature; a deactivated account is disabled, so it cannot sign in. */
@Component
class PortalUserDetailsService implements UserDetailsService {

    private final UserService users;

    PortalUserDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.credentialsFor(username)
                .map(c -> User.withUsername(c.email())
                        .password(c.passwordHash())
                        .disabled(!c.active())
                        .authorities(c.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
