package nl.kwartiermaker.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A link by which someone sets their password without signing in: after "wachtwoord vergeten", or sent by a
 * Beheerder to a new person. Only the SHA-256 of the link's token is kept (decision 0012): whoever reads the database
 * cannot use a link. A person has at most one open link; a newer one replaces it, and using it removes it.
 */
@Entity
@Table(name = "password_link")
class PasswordLink {

    /** Why the link was sent; it decides how long it stays valid and what the mail says. */
    enum Purpose {
        /** "Wachtwoord vergeten": short, because the person asked for it just now. */
        RESET(Duration.ofMinutes(30)),
        /** Sent by a Beheerder, to a new account or someone who cannot sign in: they may read it days later. */
        SET_BY_BEHEERDER(Duration.ofDays(7));

        final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PasswordLink() {
    }

    PasswordLink(long userId, String tokenHash, Purpose purpose, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(purpose.validity);
    }

    Long getUserId() {
        return userId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
