package nl.kwartiermaker.pool;

import java.util.EnumSet;
import java.util.Set;
import nl.kwartiermaker.roledescription.CoreTask;

/**
 * What the pool coordinator fills in about an expert beyond the register: where they live or what ties them to the
 * region, their training, the BCP-E core tasks they take on and the hours a week they are available for the pool.
 */
public record ExpertProfile(String residence, String regionTie, TrainingLevel training, Set<CoreTask> coreTasks,
                            Integer hoursAvailable) {

    public ExpertProfile {
        residence = residence == null ? "" : residence.strip();
        regionTie = regionTie == null ? "" : regionTie.strip();
        coreTasks = coreTasks == null || coreTasks.isEmpty() ? EnumSet.noneOf(CoreTask.class) : EnumSet.copyOf(coreTasks);
    }
}
