package nl.kwartiermaker.pool;

import java.math.BigDecimal;

/** Realised hours of one partner in a period, summed in the database. */
record PartnerHours(long partnerId, BigDecimal hours) {
}
