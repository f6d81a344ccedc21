package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A new distribution key as the coordinator fills it in: from which day, why, and each partner's percentage. */
public record KeyForm(LocalDate validFrom, String note, Map<Long, BigDecimal> shares) {

    public KeyForm {
        note = note == null ? "" : note;
        shares = shares == null ? Map.of() : new LinkedHashMap<>(shares);
    }
}
