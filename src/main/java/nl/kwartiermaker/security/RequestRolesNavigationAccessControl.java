package nl.kwartiermaker.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Vaadin's access check on every navigation, without its look-up of the role prefix. Vaadin finds its
 * {@link VaadinRolePrefixHolder} through its {@code Lookup} on each check, and that asks Java's {@code ServiceLoader}
 * to read the class path every time: 11 % of a navigation's CPU at 200 users (docs/performance.md, issue 18). The
 * answer is the same each time — the request, wrapped by Spring Security, says whether its user has a role — so the
 * prefix holder is set once here and the request answers. Push over a websocket, where the request cannot answer, and
 * checks outside a request still go Vaadin's way.
 */
class RequestRolesNavigationAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    RequestRolesNavigationAccessControl(Collection<NavigationAccessChecker> checkers,
                                        AccessCheckDecisionResolver decisionResolver,
                                        VaadinRolePrefixHolder rolePrefix) {
        super(checkers, decisionResolver);
        this.rolePrefix = rolePrefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        if (request == null || HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
            return super.getRolesChecker(request);
        }
        if (!rolePrefix.isSet()) {
            rolePrefix.resetRolePrefix(request);
        }
        return request::isUserInRole;
    }
}
