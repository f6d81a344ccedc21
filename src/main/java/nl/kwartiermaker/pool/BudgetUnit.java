package nl.kwartiermaker.pool;

import java.util.Locale;

/** How a pool's yearly budget is agreed: in hours, or in fte (converted with the pool's hours per fte). */
public enum BudgetUnit {
    HOURS, FTE;

    public String labelKey() {
        return "pool.budget.unit." + name().toLowerCase(Locale.ROOT);
    }
}
