package nl.kwartiermaker.base;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Who created and last changed an entity that users edit, and when (UTC), plus the version column that turns a
 * concurrent edit into an optimistic-locking failure instead of a silent overwrite.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @CreatedBy
    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @LastModifiedDate
    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @LastModifiedBy
    @Column(name = "modified_by", nullable = false, length = 254)
    private String modifiedBy;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change made from another version than the one stored: someone changed the record in between, and
     * saving now would silently overwrite their change. The UI's one error handler tells the person.
     */
    public void requireVersion(long expected) {
        if (version != expected) {
            throw new ObjectOptimisticLockingFailureException(getClass(), getId());
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }
}
