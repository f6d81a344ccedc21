package nl.kwartiermaker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign-in attempt that failed (or is still being checked), kept for the throttling window only. Stored in the
 * database so every app instance sees it. The account is a hash of what was typed as e-mail address.
 */
@Entity
@Table(name = "login_failure")
class LoginAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account", nullable = false, length = 254)
    private String account;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    /** Still being checked; becomes a failure or is removed on success. */
    @Column(name = "pending", nullable = false)
    private boolean pending;

    String getAccount() {
        return account;
    }

    String getClientAddress() {
        return clientAddress;
    }

    Instant getFailedAt() {
        return failedAt;
    }

    Long getId() {
        return id;
    }

    protected LoginAttempt() {
    }

    LoginAttempt(String account, String clientAddress, Instant startedAt) {
        this.account = account;
        this.clientAddress = clientAddress;
        this.failedAt = startedAt;
        this.pending = true;
    }
}
