package nl.kwartiermaker.pool;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * The distribution key from a date on: each partner's percentage of the pool's hours (seed 003: the key of Module 2
 * of the MGR). A new key gets a new row from its own date, so that earlier periods keep the key that applied then.
 */
@Entity
@Table(name = "pool_key")
public class DistributionKey extends AuditedEntity {

    public static final BigDecimal WHOLE = new BigDecimal("100.00");
    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "note", nullable = false, length = NOTE_MAX)
    private String note = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pool_key_share", joinColumns = @JoinColumn(name = "key_id"))
    @MapKeyColumn(name = "partner_id")
    @Column(name = "percentage", nullable = false, precision = 5, scale = 2)
    private Map<Long, BigDecimal> shares = new LinkedHashMap<>();

    protected DistributionKey() {
    }

    public DistributionKey(LocalDate validFrom, String note, Map<Long, BigDecimal> shares) {
        this.validFrom = validFrom;
        this.note = note == null ? "" : note;
        this.shares = new LinkedHashMap<>(shares);
    }

    @Override
    public Long getId() {
        return id;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getNote() {
        return note;
    }

    /** Partner id → percentage (two decimals). */
    public Map<Long, BigDecimal> getShares() {
        return Map.copyOf(shares);
    }

    public BigDecimal total() {
        return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal percentageOf(long partnerId) {
        return shares.getOrDefault(partnerId, BigDecimal.ZERO);
    }
}
