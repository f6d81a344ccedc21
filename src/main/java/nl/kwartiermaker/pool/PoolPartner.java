package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.kwartiermaker.base.AuditedEntity;

/** A partner municipality (or organisation) that shares the pool and pays by its part of the distribution key. */
@Entity
@Table(name = "pool_partner")
public class PoolPartner extends AuditedEntity {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected PoolPartner() {
    }

    public PoolPartner(String name) {
        this.name = name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
