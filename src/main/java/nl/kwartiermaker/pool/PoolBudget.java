package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.kwartiermaker.base.AuditedEntity;

/** The pool's budget for one year, in hours or in fte. */
@Entity
@Table(name = "pool_budget")
public class PoolBudget extends AuditedEntity {

    /** Weeks of work in a year of one fte, to turn fte per year into hours (52 weeks minus leave and holidays). */
    static final int WORKING_WEEKS = 46;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "amount", nullable = false, precision = 9, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 10)
    private BudgetUnit unit;

    @Column(name = "hours_per_fte", nullable = false, precision = 5, scale = 2)
    private BigDecimal hoursPerFte;

    protected PoolBudget() {
    }

    public PoolBudget(int year, BigDecimal amount, BudgetUnit unit, BigDecimal hoursPerFte) {
        this.year = year;
        change(amount, unit, hoursPerFte);
    }

    public void change(BigDecimal amount, BudgetUnit unit, BigDecimal hoursPerFte) {
        this.amount = amount;
        this.unit = unit;
        this.hoursPerFte = hoursPerFte;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BudgetUnit getUnit() {
        return unit;
    }

    /** Hours per week of one fte (e.g. 36). */
    public BigDecimal getHoursPerFte() {
        return hoursPerFte;
    }

    /** The year's budget in hours. */
    public BigDecimal hours() {
        return unit == BudgetUnit.HOURS ? amount
                : amount.multiply(hoursPerFte).multiply(BigDecimal.valueOf(WORKING_WEEKS))
                .setScale(0, RoundingMode.HALF_UP);
    }
}
