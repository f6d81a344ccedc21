package nl.kwartiermaker.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.util.Map;
import nl.kwartiermaker.security.ui.LoginView;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Vaadin's security configurer plus what the portal adds: throttled password sign-in that requires the CSRF token,
 * a session registry so that deactivating someone ends their sessions, the security headers, and error pages that
 * anyone may see. Why the content security policy allows inline scripts and eval:
 * docs/decisions/0002-content-security-policy.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
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

    /** Where the login form posts to: Spring Security's default, the login page's own address. */
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionRegistry sessionRegistry, RequestUtil vaadinRequests)
            throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/icons/**", "/styles.css").permitAll()
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
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(any -> any.authenticated()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDeniedHandler()));
        http.formLogin(form -> form.failureHandler(failureHandler()));
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(expiredSessionStrategy()));
        http.headers(headers -> headers
                .withObjectPostProcessor(writeHeadersEagerly())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
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

    private static void redirect(jakarta.servlet.http.HttpServletResponse response, String target) {
        try {
            response.sendRedirect(target);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService userDetails, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, AuditService audit, UserService users) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, audit, users));
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
