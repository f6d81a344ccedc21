package nl.kwartiermaker.user;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalAddress;
import nl.kwartiermaker.base.SignInMethods;
import nl.kwartiermaker.user.PasswordLink.Purpose;
import nl.kwartiermaker.user.UserEvents.OwnPasswordChanged;
import nl.kwartiermaker.user.UserEvents.PasswordLinkIssued;
import nl.kwartiermaker.user.UserEvents.PasswordSetByLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A person's own password: changing it while signed in, and setting it through a link from a mail ("wachtwoord
 * vergeten", or sent by a Beheerder). Every new password meets {@link PasswordRules}. Why links work the way they do:
 * docs/decisions/0012-password-links.md.
 */
@Service
@Transactional(readOnly = true)
public class PasswordService {

    private static final Logger log = LoggerFactory.getLogger(PasswordService.class);

    /** At most one "wachtwoord vergeten" mail per person in this time, so the form cannot flood someone's inbox. */
    static final Duration MAIL_INTERVAL = Duration.ofMinutes(5);
    /**
     * After this many wrong current passwords within {@link #WRONG_CURRENT_WINDOW}, changing one's own password waits:
     * a session left open elsewhere must not become a way to guess the password (sign-in has its own throttle).
     */
    static final int MAX_WRONG_CURRENT = 5;
    static final Duration WRONG_CURRENT_WINDOW = Duration.ofMinutes(15);
    /** The path of the page that takes a link's token; the token follows as the last part. */
    public static final String SET_PASSWORD_PATH = "wachtwoord-instellen";
    /** The page where someone asks for a link. */
    public static final String FORGOT_PASSWORD_PATH = "wachtwoord-vergeten";
    /** 32 random bytes in URL-safe Base64 without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final PortalUserRepository users;
    private final PasswordLinkRepository links;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final PortalAddress address;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SignInMethods methods;
    private final SecureRandom random = new SecureRandom();
    /** Per account, when a wrong current password was typed; in memory, like the sessions it protects. */
    private final Map<Long, Deque<Instant>> wrongCurrent = new ConcurrentHashMap<>();
    /**
     * "Wachtwoord vergeten" is handled here, after the page has answered: the answer takes the same time whether or not
     * the address has an account. One thread and a bounded queue: a flood of requests waits or is dropped (the page
     * says the same either way) instead of taking the database's connections.
     */
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(200), Thread.ofPlatform().name("password-links").daemon().factory(),
            new ThreadPoolExecutor.DiscardPolicy());

    PasswordService(PortalUserRepository users, PasswordLinkRepository links, PasswordEncoder passwordEncoder,
                    ApplicationEventPublisher events, PortalAddress address, PlatformTransactionManager transactions,
                    Clock clock, SignInMethods methods) {
        this.methods = methods;
        this.users = users;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.address = address;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /**
     * The signed-in person's new password, with their current one as proof that it is them (a session left open on a
     * shared computer is not enough). Their other sessions end; this one stays.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void changeOwn(String currentPassword, String newPassword, String repeated) {
        String email = SecurityContextHolder.getContext().getAuthentication().getName();
        PortalUser user = users.findByEmail(email).filter(u -> methods.passwords() && u.hasPassword())
                .orElseThrow(() -> new InvalidInput("user.error.notfound"));
        Deque<Instant> wrong = wrongCurrent.computeIfAbsent(user.getId(), id -> new ConcurrentLinkedDeque<>());
        Instant since = clock.instant().minus(WRONG_CURRENT_WINDOW);
        wrong.removeIf(at -> at.isBefore(since));
        if (wrong.size() >= MAX_WRONG_CURRENT) {
            throw new InvalidInput("password.error.throttled", WRONG_CURRENT_WINDOW.toMinutes());
        }
        if (currentPassword == null || currentPassword.isEmpty()
                || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            wrong.add(clock.instant());
            throw new InvalidInput("password.error.current");
        }
        wrongCurrent.remove(user.getId());
        checkNew(newPassword, repeated);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new InvalidInput("password.error.same");
        }
        users.updatePasswordHash(user.getId(), passwordEncoder.encode(newPassword));
        events.publishEvent(new OwnPasswordChanged(user.getId(), user.getEmail(), currentSessionId()));
    }

    /**
     * "Wachtwoord vergeten": returns at once, and the same way for every address. An active account gets a link
     * valid for 30 minutes, at most one per {@link #MAIL_INTERVAL}; an unknown or deactivated address gets nothing,
     * and so does an account without a password: it signs in through the identity provider, which keeps it safe
     * (a password set here would outlive the person's leaving the organisation there).
     */
    @PreAuthorize(Access.ANYONE)
    public void requestReset(String email) {
        String normalised = PortalUser.normalise(email);
        if (!methods.passwords() || normalised.isEmpty() || normalised.length() > PortalUser.EMAIL_MAX) {
            return;
        }
        String client = clientAddress();
        background.execute(() -> {
            try {
                issueReset(normalised, client);
            } catch (RuntimeException e) {
                // no address in the log: it may be a password typed in the wrong field
                log.error("A \"wachtwoord vergeten\" request could not be handled", e);
            }
        });
    }

    /** The work behind {@link #requestReset}, in its own transaction on the background thread. */
    void issueReset(String email, String clientAddress) {
        transaction.executeWithoutResult(status -> users.findByEmail(email).filter(PortalUser::isActive)
                .filter(PortalUser::hasPassword).filter(this::mayMailAgain)
                .ifPresent(user -> issue(user, Purpose.RESET, clientAddress)));
    }

    /** Waits until every "wachtwoord vergeten" request received so far has been handled. For tests. */
    void awaitRequests() {
        try {
            background.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean mayMailAgain(PortalUser user) {
        return links.findFirstByUserIdOrderByCreatedAtDesc(user.getId())
                .map(latest -> !latest.getCreatedAt().plus(MAIL_INTERVAL).isAfter(clock.instant())).orElse(true);
    }

    /**
     * A Beheerder sends a link to set a password, valid for 7 days: to a new person instead of typing a password for
     * them, or to someone who cannot sign in. A link sent earlier stops working.
     */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public void sendSetPasswordLink(long userId) {
        PortalUser user = users.findById(userId).orElseThrow(() -> new InvalidInput("user.error.notfound"));
        if (!user.isActive()) {
            throw new InvalidInput("password.link.error.inactive");
        }
        if (!methods.passwords()) {
            throw new InvalidInput("user.error.passwords.off");
        }
        issue(user, Purpose.SET_BY_BEHEERDER, null);
    }

    /** Whether this link can still set a password, so the page shows the form or says the link no longer works. */
    @PreAuthorize(Access.ANYONE)
    public boolean isUsable(String token) {
        return usableLink(token).isPresent();
    }

    /**
     * Sets the password through a link. The link then stops working, as do any others of this person; all their
     * sessions end and failed sign-ins no longer block them. A refused password leaves the link usable.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public void setWithLink(String token, String newPassword, String repeated) {
        PasswordLink link = usableLink(token).orElseThrow(() -> new InvalidInput("password.link.error.invalid"));
        PortalUser user = users.findById(link.getUserId()).filter(PortalUser::isActive)
                .orElseThrow(() -> new InvalidInput("password.link.error.invalid"));
        checkNew(newPassword, repeated);
        // only the request that removes the link sets the password, also when the link is used twice at once
        if (links.deleteByTokenHash(hash(token)) != 1) {
            throw new InvalidInput("password.link.error.invalid");
        }
        links.deleteAllOf(user.getId());
        users.updatePasswordHash(user.getId(), passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordSetByLink(user.getId(), user.getEmail()));
    }

    /** Expired links are of no use; removing them keeps the table small. Used ones are removed when used. */
    @SchedulerLock(name = "password-link-cleanup", lockAtMostFor = "PT10M")
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    @Transactional
    public void forgetExpiredLinks() {
        links.deleteExpired(clock.instant());
    }

    private Optional<PasswordLink> usableLink(String token) {
        if (!methods.passwords() || token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return links.findByTokenHash(hash(token)).filter(link -> link.isValidAt(clock.instant()));
    }

    private static void checkNew(String newPassword, String repeated) {
        PasswordRules.check(newPassword);
        if (!Objects.equals(newPassword, repeated)) {
            throw new InvalidInput("password.error.repeat");
        }
    }

    /** Replaces the person's open link, if any, by a new one and has it mailed. */
    private void issue(PortalUser user, Purpose purpose, String requestedFrom) {
        links.deleteAllOf(user.getId());
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        links.save(new PasswordLink(user.getId(), hash(token), purpose, clock.instant()));
        events.publishEvent(new PasswordLinkIssued(user.getId(), user.getEmail(), user.getDisplayName(),
                user.getLocale(), address.forMail("/" + SET_PASSWORD_PATH + "/" + token),
                purpose == Purpose.SET_BY_BEHEERDER, purpose.validity, requestedFrom));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Where "wachtwoord vergeten" was asked from, for the audit log; one line, at most 64 characters. */
    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = String.valueOf(attributes.getRequest().getRemoteAddr()).replaceAll("\\p{Cntrl}", "_");
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
        return null;
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
