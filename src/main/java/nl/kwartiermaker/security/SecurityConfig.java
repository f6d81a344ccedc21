package nl.kwartiermaker.security;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.base.SignInMethods;
import nl.kwartiermaker.security.ui.LoginView;
import nl.kwartiermaker.user.ProviderAccountService;
import nl.kwartiermaker.user.UserService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Vaadin's security configurer plus what the portal adds: throttled password sign-in that requires the CSRF token
 * (unless switched off), sign-in through the organisation's identity provider when switched on (decision 0013),
 * a session registry so that deactivating someone ends their sessions (on every instance: {@link SessionRevocation}),
 * the security headers, and error pages that
 * anyone may see. Why the content security policy allows inline scripts and eval:
 * docs/decisions/0002-content-security-policy.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(OidcSettings.class)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final String LOGIN_PAGE = "/login";

    /** Where the login form posts to: Spring Security's default, the login page's own address. */
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionRegistry sessionRegistry, SessionRevocation revocation,
                                            RequestUtil vaadinRequests,
                                            SignInMethods methods, OidcSettings oidc,
                                            ObjectProvider<ClientRegistrationRepository> clients)
            throws Exception {
        if (!methods.passwords() && !oidc.enabled()) {
            throw new IllegalStateException("Password sign-in is switched off (KWARTIERMAKER_LOGIN_FORM_ENABLED=false) "
                    + "and sign-in through an identity provider is not switched on (KWARTIERMAKER_OIDC_ENABLED): "
                    + "nobody could sign in");
        }
        http.authenticationManager(authenticationManager);
        if (!methods.passwords()) {
            // there is no password sign-in to post to; a rule would not do, as the login page is open to anyone
            http.addFilterBefore(noPasswordSignIn(), CsrfFilter.class);
        }
        http.authorizeHttpRequests(auth -> auth
                // the load balancer's probes (decision 0018): UP or DOWN, no details; every other actuator endpoint
                // is on the management port only
                .requestMatchers(HttpMethod.GET, "/livez", "/readyz").permitAll()
                .requestMatchers("/icons/**", "/styles.css").permitAll()
                // the container's error dispatch renders the error page; without this, anyone not signed in was
                // sent to the login page instead of being told what went wrong
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // the Verhalen Atom feed is read by other intranet pages without a session; its service lets through
                // only the feed token or, when the Beheerder chose so, everyone
                .requestMatchers(HttpMethod.GET, "/verhalen/feed.atom").permitAll());
        // any other address goes to Vaadin for signed-in people, so a mistyped one shows the portal's 404 page.
        // Vaadin's own CSRF set-up also exempts the login page, which lets another site sign a browser in to an
        // account of the attacker's choosing (login CSRF); the login form sends the token from the page's meta tags,
        // so only Vaadin's internal requests, which carry Vaadin's own CSRF token, are exempted here.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            // the login page is the same view either way; without passwords Vaadin sets up no password sign-in
            if (methods.passwords()) {
                vaadin.loginView(LoginView.class);
            } else {
                vaadin.oauth2LoginPage(LOGIN_PAGE);
            }
            if (oidc.enabled()) {
                vaadin.logoutSuccessHandler(providerLogout(clients.getObject(), methods));
            }
            vaadin.enableCsrfConfiguration(false).anyRequest(any -> any.authenticated());
        });
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDeniedHandler()));
        if (methods.passwords()) {
            http.formLogin(form -> form.failureHandler(failureHandler()));
        }
        if (oidc.enabled()) {
            http.oauth2Login(login -> login.loginPage(LOGIN_PAGE)
                    .failureHandler(providerFailureHandler())
                    // the provider's tokens are needed only to sign in; in the session they end with it
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                            withPkce(clients.getObject()))));
        }
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .addSessionAuthenticationStrategy(revocation)
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(expiredSessionStrategy()));
        // sessions ended on another instance (decision 0016) are found here and signed out by the next filter
        http.addFilterBefore(revocation.checkingFilter(expiredSessionStrategy()), ConcurrentSessionFilter.class);
        http.headers(headers -> headers
                .withObjectPostProcessor(writeHeadersEagerly())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /**
     * The management port (decision 0018): its own server, bound to the loopback address or an internal network
     * unless the organisation chooses otherwise, for health with details and the Prometheus scrape. Requests there
     * reach only actuator endpoints; no sign-in, session or CSRF token belongs there, and the portal's rules for its
     * own pages (a sign-in for everything) would send Prometheus to a login page. Spring Boot's matcher matches only
     * requests on the management port when that port is separate, never the same paths on the portal's port.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
        if (ManagementPortType.get(environment) == ManagementPortType.SAME) {
            // on the portal's own port this chain would open the Prometheus scrape and full health to everyone
            throw new IllegalStateException("The management port (KWARTIERMAKER_MANAGEMENT_PORT) must differ from the "
                    + "portal's port (PORT), or be -1 for no management endpoints over HTTP: the actuator endpoints "
                    + "answer without sign-in and must not be reachable on the portal's own port");
        }
        // switched off (-1): no management endpoint exists, and this chain must not open their paths on the portal
        RequestMatcher management = ManagementPortType.get(environment) == ManagementPortType.DISABLED
                ? request -> false : EndpointRequest.toAnyEndpoint();
        http.securityMatcher(management)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable());
        return http.build();
    }

    /**
     * Vaadin writes its bootstrap page without committing through Spring's response wrapper, which would lose the
     * headers on exactly the pages that need them; writing them before the request is handled avoids that.
     */
    private static ObjectPostProcessor<HeaderWriterFilter> writeHeadersEagerly() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        };
    }

    private static AuthenticationFailureHandler failureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(
                LoginThrottledException.class.getName(), "/login?throttled",
                SignInUnavailableException.class.getName(), "/login?unavailable"));
        // the login page offers the address again, so a mistyped password costs only the password; kept in this
        // browser's session only, never stored or logged
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            if (username != null && username.length() <= LoginView.USERNAME_MAX) {
                request.getSession().setAttribute(LoginView.LAST_USERNAME, username);
            }
            handler.onAuthenticationFailure(request, response, exception);
        };
    }

    /**
     * A sign-in through the provider that went wrong returns to the login page with a reason it can explain: the
     * portal's own refusals (no role, deactivated, no account to use), the database gone, or anything else (a refused
     * token, the person cancelling at the provider), which only says to try again.
     */
    private static AuthenticationFailureHandler providerFailureHandler() {
        return (request, response, exception) -> {
            String reason;
            if (exception instanceof PortalOidcUserService.Refused refused) {
                reason = switch (refused.refusal()) {
                    case NO_ROLE -> "sso-norole";
                    case DEACTIVATED -> "sso-deactivated";
                    case NO_ACCOUNT -> "sso-account";
                };
            } else if (exception instanceof SignInUnavailableException) {
                reason = "unavailable";
            } else {
                reason = "sso-error";
            }
            redirect(response, request.getContextPath() + LOGIN_PAGE + "?" + reason);
        };
    }

    /** A password posted to the login page while password sign-in is off: there is no such thing here. */
    private static Filter noPasswordSignIn() {
        return (request, response, chain) -> {
            if (SIGN_IN.matches((HttpServletRequest) request)) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * PKCE on top of the client secret and the nonce: a code caught on its way back to the portal is of no use
     * without the verifier that only this browser's session holds.
     */
    private static OAuth2AuthorizationRequestResolver withPkce(ClientRegistrationRepository clients) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(clients,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /**
     * Signing out also ends the session at the provider when it offers that (RP-initiated logout): otherwise the next
     * "sign in with your organisation account" would sign the person straight back in, which on a shared computer
     * is the next person signing in as them. The provider sends the browser back to the login page. Someone who
     * signed in with a password goes where sign-out always went.
     */
    private static LogoutSuccessHandler providerLogout(ClientRegistrationRepository clients, SignInMethods methods) {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(clients);
        handler.setPostLogoutRedirectUri("{baseUrl}" + LOGIN_PAGE + "?logout");
        handler.setDefaultTargetUrl(methods.passwords() ? "/" : LOGIN_PAGE + "?logout");
        // sign-out from the user menu happens in a Vaadin request, which redirects through its own client
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    /**
     * A sign-in without a valid CSRF token goes back to the login page: that is a login page left open until its
     * session ended, or another site posting the form; either way nobody is signed in, and the person can simply
     * sign in again. Every other refusal gets the 403 error page.
     */
    private static AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof CsrfException && SIGN_IN.matches(request)) {
                redirect(response, request.getContextPath() + "/login?expired");
            } else {
                refuse.handle(request, response, denied);
            }
        };
    }

    /**
     * A session ended by a Beheerder: Vaadin's own requests get the "session expired" answer its client understands
     * (it reloads and lands on the login page); a page request is sent to the login page directly.
     */
    private static SessionInformationExpiredStrategy expiredSessionStrategy() {
        return event -> {
            var request = event.getRequest();
            var response = event.getResponse();
            if ("uidl".equals(request.getParameter("v-r")) || "heartbeat".equals(request.getParameter("v-r"))) {
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");
            } else {
                redirect(response, request.getContextPath() + "/login?expired");
            }
        };
    }

    private static void redirect(HttpServletResponse response, String target) {
        try {
            response.sendRedirect(target);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Password sign-in, and sign-in through the provider when it is switched on. Both are here because this manager
     * replaces the one Spring Security would assemble from its login configurers.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService userDetails, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, AuditService audit, UserService users,
                                                OidcSettings oidc, ProviderAccountService providerAccounts,
                                                SignInMetrics metrics) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new ThrottledAuthenticationProvider(passwords, throttle, audit, users, metrics));
        if (oidc.enabled()) {
            providers.add(new OidcSignIn(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(),
                    new PortalOidcUserService(oidc, providerAccounts)), audit, metrics));
        }
        return new ProviderManager(providers);
    }

    /**
     * Takes the place of the navigation access control of Vaadin's auto-configuration, which offers no other way to
     * change how roles are checked; theirs is built the same way and stays unused.
     */
    @Bean
    @Primary
    NavigationAccessControl requestRolesNavigationAccessControl(List<NavigationAccessChecker> checkers,
                                                                NavigationAccessControlConfigurer configurer,
                                                                VaadinRolePrefixHolder rolePrefix) {
        return configurer.build((enabled, resolver) -> new RequestRolesNavigationAccessControl(enabled, resolver,
                rolePrefix), checkers);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Makes Spring Security publish refused method calls, which the audit log records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationContext context) {
        return new SpringAuthorizationEventPublisher(context);
    }
}
