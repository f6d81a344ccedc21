package nl.kwartiermaker.pool;

import java.util.List;

/**
 * A half-yearly report was finalised and may now be read by the contacts it concerns: the municipality's own, or
 * every contact for the region's report. {@code partnerName} is null for the region.
 */
public record PoolReportFinalised(long reportId, String partnerName, int year, int half, List<Long> contactUserIds) {

    public PoolReportFinalised {
        contactUserIds = List.copyOf(contactUserIds);
    }
}
