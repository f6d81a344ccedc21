package nl.kwartiermaker.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import nl.kwartiermaker.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestWrapper;

/**
 * The access check on every navigation is the portal's (AccessMatrixTest proves what it allows, route by route), and
 * it asks the request for roles instead of Vaadin's class-path look-up.
 */
@PortalTest
class RequestRolesNavigationAccessControlTest {

    @Autowired
    NavigationAccessControl accessControl;
    @Autowired
    VaadinRolePrefixHolder rolePrefix;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_navigation_access_control_vaadin_uses_is_the_portals_and_is_switched_on() {
        assertThat(accessControl).isInstanceOf(RequestRolesNavigationAccessControl.class);
        assertThat(accessControl.isEnabled()).isTrue();
    }

    @Test
    void roles_are_answered_by_the_request_that_spring_security_wrapped() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "projectleider@demo.nl", null, List.of(new SimpleGrantedAuthority("ROLE_PROJECTLEIDER"))));
        var request = new VaadinServletRequest(new SecurityContextHolderAwareRequestWrapper(
                new MockHttpServletRequest("POST", "/"), "ROLE_"), null);

        var hasRole = ((RequestRolesNavigationAccessControl) accessControl).getRolesChecker(request);

        assertThat(hasRole.test("PROJECTLEIDER")).isTrue();
        assertThat(hasRole.test("BEHEERDER")).isFalse();
        assertThat(rolePrefix.isSet()).as("for Vaadin's other users of the prefix, as its own check would").isTrue();
    }
}
