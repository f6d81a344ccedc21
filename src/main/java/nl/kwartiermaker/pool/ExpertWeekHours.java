package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Realised hours of one expert (pool expert and register entry) in one week, summed in the database. */
record ExpertWeekHours(long expertId, long personId, LocalDate weekStart, BigDecimal hours) {
}
