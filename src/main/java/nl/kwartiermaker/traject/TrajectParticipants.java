package nl.kwartiermaker.traject;

import java.util.Set;
import nl.kwartiermaker.base.DateWindow;

/**
 * Who a traject is about and who is involved, for other features: ids and a name, never the entity. {@code mayManage}
 * says whether the signed-in person who asked may steer it (project lead or Beheerder); {@code dates} are the dates
 * its decisions and plans may carry.
 */
public record TrajectParticipants(long id, String name, long projectLeadId, Set<Long> memberIds, boolean mayManage,
                                  DateWindow dates) {

    public TrajectParticipants {
        memberIds = Set.copyOf(memberIds);
    }
}
