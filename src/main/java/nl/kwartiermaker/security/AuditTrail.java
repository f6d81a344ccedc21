package nl.kwartiermaker.security;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.RetentionApplied;
import nl.kwartiermaker.base.PersonalDataRequestAnswered;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SensitiveDataRead;
import nl.kwartiermaker.base.ViewAccessDenied;
import nl.kwartiermaker.notification.OutboxMailRetried;
import nl.kwartiermaker.user.UserEvents;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Turns what happens elsewhere (account changes, refused access, sign-out) into audit lines. */
@Component
class AuditTrail {

    /** The actor of what the portal does on its own schedule. */
    static final String SYSTEM = "systeem";

    private final AuditService audit;

    AuditTrail(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(UserEvents.UserCreated e) {
        userChange(AuditAction.USER_CREATED, e.email(), "rollen: " + names(e.roles()));
    }

    @EventListener
    void on(UserEvents.UserRenamed e) {
        userChange(AuditAction.USER_RENAMED, e.email(), null);
    }

    @EventListener
    void on(UserEvents.UserRolesChanged e) {
        userChange(AuditAction.USER_ROLES_CHANGED, e.email(), names(e.before()) + " → " + names(e.after()));
    }

    @EventListener
    void on(UserEvents.UserDeactivated e) {
        userChange(AuditAction.USER_DEACTIVATED, e.email(), null);
    }

    @EventListener
    void on(UserEvents.UserReactivated e) {
        userChange(AuditAction.USER_REACTIVATED, e.email(), null);
    }

    @EventListener
    void on(UserEvents.UserPasswordReset e) {
        userChange(AuditAction.USER_PASSWORD_RESET, e.email(), null);
    }

    @EventListener
    void on(UserEvents.OwnPasswordChanged e) {
        userChange(AuditAction.USER_PASSWORD_CHANGED, e.email(), null);
    }

    @EventListener
    void on(UserEvents.UserLinkedToProvider e) {
        userChange(AuditAction.USER_PROVIDER_LINKED, e.email(), e.issuer());
    }

    /** Never the link itself: it is a password until it is used or expires. */
    @EventListener
    void on(UserEvents.PasswordLinkIssued e) {
        if (e.byBeheerder()) {
            userChange(AuditAction.PASSWORD_LINK_SENT, e.email(), "door beheerder");
        } else {
            // issued on a background thread after the page answered; the request's address came with the event
            audit.record("anoniem", AuditAction.PASSWORD_LINK_SENT, e.email(), AuditEvent.Result.SUCCESS,
                    e.requestedFrom() == null ? ThrottledAuthenticationProvider.clientAddress() : e.requestedFrom(),
                    "wachtwoord vergeten");
        }
    }

    /** Nobody is signed in when a link is used: the account itself is the one acting. */
    @EventListener
    void on(UserEvents.PasswordSetByLink e) {
        audit.record(e.email(), AuditAction.USER_PASSWORD_SET_BY_LINK, e.email(), AuditEvent.Result.SUCCESS,
                ThrottledAuthenticationProvider.clientAddress(), null);
    }

    /**
     * In the reading's own transaction: the data is not shown unless the line is written. A refusal is kept on its
     * own, because the refused request rolls back.
     */
    @EventListener
    void on(SensitiveDataRead e) {
        AuditAction action = e.way() == SensitiveDataRead.Way.EXPORTED ? AuditAction.EXPORT_DOWNLOADED
                : AuditAction.SENSITIVE_DATA_READ;
        String actor = name(SecurityContextHolder.getContext().getAuthentication());
        String address = ThrottledAuthenticationProvider.clientAddress();
        if (e.refused()) {
            audit.recordSeparately(actor, action, e.object(), AuditEvent.Result.DENIED, address, e.kind());
        } else {
            audit.record(actor, action, e.object(), AuditEvent.Result.SUCCESS, address, e.kind());
        }
    }

    /** Counts only: what was removed is gone, and the line must not bring it back. */
    @EventListener
    void on(RetentionApplied e) {
        audit.record(SYSTEM, AuditAction.RETENTION_APPLIED, null, AuditEvent.Result.SUCCESS, null,
                e.counts().entrySet().stream().map(c -> c.getKey() + ": " + c.getValue())
                        .collect(Collectors.joining(", ")));
    }

    /** In the request's transaction: an export is not handed out, nor an erasure kept, without its line. */
    @EventListener
    void on(PersonalDataRequestAnswered e) {
        audit.record(name(SecurityContextHolder.getContext().getAuthentication()),
                e.kind() == PersonalDataRequestAnswered.Kind.EXPORTED ? AuditAction.PERSONAL_DATA_EXPORTED
                        : AuditAction.PERSONAL_DATA_ERASED,
                e.object(), AuditEvent.Result.SUCCESS, ThrottledAuthenticationProvider.clientAddress(), e.detail());
    }

    /** In the retry's transaction: the mail is not queued again without its line. Never its subject or text. */
    @EventListener
    void on(OutboxMailRetried e) {
        audit.record(name(SecurityContextHolder.getContext().getAuthentication()), AuditAction.MAIL_RETRIED,
                e.recipient(), AuditEvent.Result.SUCCESS, ThrottledAuthenticationProvider.clientAddress(),
                "mail " + e.mailId());
    }

    @EventListener
    void on(ViewAccessDenied e) {
        audit.recordSeparately(e.username(), AuditAction.ACCESS_DENIED, e.location(), AuditEvent.Result.DENIED,
                ThrottledAuthenticationProvider.clientAddress(), "view");
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> e) {
        Authentication who = e.getAuthentication().get();
        if (e.getSource() instanceof jakarta.servlet.http.HttpServletRequest && isAnonymous(who)) {
            // someone not signed in is sent to the login page; that is sign-in, not a refusal worth recording
            return;
        }
        String object = e.getSource() == null ? null : describe(e.getSource());
        audit.recordSeparately(name(who), AuditAction.ACCESS_DENIED, object, AuditEvent.Result.DENIED,
                ThrottledAuthenticationProvider.clientAddress(), "action");
    }

    @EventListener
    void on(LogoutSuccessEvent e) {
        audit.recordSeparately(e.getAuthentication().getName(), AuditAction.LOGOUT, e.getAuthentication().getName(),
                AuditEvent.Result.SUCCESS, ThrottledAuthenticationProvider.clientAddress(), null);
    }

    private void userChange(AuditAction action, String email, String detail) {
        audit.record(name(SecurityContextHolder.getContext().getAuthentication()), action, email,
                AuditEvent.Result.SUCCESS, ThrottledAuthenticationProvider.clientAddress(), detail);
    }

    private static boolean isAnonymous(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private static String name(Authentication authentication) {
        if (isAnonymous(authentication)) {
            return "anoniem";
        }
        return authentication.getName();
    }

    /** Method invocations are described by their method name only: arguments may hold personal data. */
    private static String describe(Object source) {
        if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        return source.getClass().getSimpleName();
    }

    private static String names(Set<Role> roles) {
        return String.join(", ", new TreeSet<>(roles.stream().map(Role::name).toList()));
    }
}
