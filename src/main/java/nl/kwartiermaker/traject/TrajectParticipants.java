package nl.kwartiermaker.traject;

import java.util.Set;

/**
 * Who a traject is about and who is involved, for other features: ids and a name, never the entity. {@code mayManage}
 * says whether the signed-in person who asked may steer it (project lead or Beheerder).
 */
public record TrajectParticipants(long id, String name, long projectLeadId, Set<Long> memberIds, boolean mayManage) {

    public TrajectParticipants {
        memberIds = Set.copyOf(memberIds);
    }
}
