package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Realised hours of one partner in one week, summed in the database. */
record PartnerWeekHours(long partnerId, LocalDate weekStart, BigDecimal hours) {
}
