package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.kwartiermaker.base.AuditedEntity;

/** Which partner an account with the partner-contact role speaks for; it sees that partner's part of the pool only. */
@Entity
@Table(name = "pool_partner_contact")
public class PartnerContact extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    protected PartnerContact() {
    }

    public PartnerContact(long userId, long partnerId) {
        this.userId = userId;
        this.partnerId = partnerId;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public void speakFor(long partnerId) {
        this.partnerId = partnerId;
    }
}
