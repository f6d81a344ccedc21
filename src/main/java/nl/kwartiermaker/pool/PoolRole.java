package nl.kwartiermaker.pool;

import java.util.Locale;
import nl.kwartiermaker.roledescription.CoreTask;

/**
 * What a municipality asks an expert of the pool to do (seed 003's inventory of local needs): one-to-one contact with
 * residents, trainer, intervisor, conversation partner, policy maker, or initiator of a local project such as an
 * inloop or a zelfregiegroep.
 */
public enum PoolRole {
    ONE_ON_ONE, TRAINER, INTERVISOR, CONVERSATION_PARTNER, POLICY_MAKER, LOCAL_INITIATOR;

    /**
     * The BCP-E core task (seed 002, seed 003's profile of the pool's experts) this role asks most of: contact with
     * residents supports individual recovery; training, intervision and being a conversation partner for professionals
     * shape recovery-oriented support; policy work and local initiatives create social opportunities against stigma.
     */
    public CoreTask coreTask() {
        return switch (this) {
            case ONE_ON_ONE -> CoreTask.INDIVIDUAL_RECOVERY;
            case TRAINER, INTERVISOR, CONVERSATION_PARTNER -> CoreTask.RECOVERY_ORIENTED_SUPPORT;
            case POLICY_MAKER, LOCAL_INITIATOR -> CoreTask.SOCIAL_OPPORTUNITIES;
        };
    }

    public String labelKey() {
        return "pool.role." + name().toLowerCase(Locale.ROOT);
    }
}
