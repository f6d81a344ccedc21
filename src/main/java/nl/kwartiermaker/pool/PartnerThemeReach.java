package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import nl.kwartiermaker.mentoring.ExperienceTheme;

/** Residents reached and hours of one partner on one theme, summed in the database. */
record PartnerThemeReach(long partnerId, ExperienceTheme theme, long residents, BigDecimal hours) {
}
