package nl.kwartiermaker.pool;

import java.util.Locale;

/**
 * What a municipality asks an expert of the pool to do (seed 003's inventory of local needs): one-to-one contact with
 * residents, trainer, intervisor, conversation partner, policy maker, or initiator of a local project such as an
 * inloop or a zelfregiegroep.
 */
public enum PoolRole {
    ONE_ON_ONE, TRAINER, INTERVISOR, CONVERSATION_PARTNER, POLICY_MAKER, LOCAL_INITIATOR;

    public String labelKey() {
        return "pool.role." + name().toLowerCase(Locale.ROOT);
    }
}
