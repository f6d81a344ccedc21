package nl.kwartiermaker.pool;

import java.math.BigDecimal;

/** The pool's budget for a year as agreed: an amount in hours or in fte, and the hours per week of one fte. */
public record BudgetForm(int year, BigDecimal amount, BudgetUnit unit, BigDecimal hoursPerFte) {
}
