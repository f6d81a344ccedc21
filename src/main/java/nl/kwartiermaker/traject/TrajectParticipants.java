package nl.kwartiermaker.traject;

import java.util.Set;

/** Who a traject is about and who is involved, for other features: ids and a name, never the entity. */
public record TrajectParticipants(long id, String name, long projectLeadId, Set<Long> memberIds) {

    public TrajectParticipants {
        memberIds = Set.copyOf(memberIds);
    }
}
