package nl.kwartiermaker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit log. Written once, never changed (so no version or modified columns), and never holds a
 * password, hash or token: details are plain descriptions such as changed role names.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public enum Result { SUCCESS, FAILURE, DENIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "object_ref", updatable = false, length = 254)
    private String object;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, updatable = false, length = 20)
    private Result result;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(name = "detail", updatable = false, length = 500)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String object, Result result,
               String clientAddress, String detail) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 254);
        this.action = action;
        this.object = truncate(object, 254);
        this.result = result;
        this.clientAddress = truncate(clientAddress, 64);
        this.detail = truncate(detail, 500);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObject() {
        return object;
    }

    public Result getResult() {
        return result;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
