package nl.kwartiermaker.base;

import java.util.List;

/**
 * A feature that asks things of people. The Overzicht lists, and the header counts, what every feature asks of the
 * signed-in person; each feature knows its own part (steps owned, reviews waiting, rounds closing …) and the base
 * module needs to know none of them.
 */
public interface PersonalTasks {

    /** What this feature asks of the signed-in person now. */
    List<PersonalTask> mine();

    /**
     * Whether these tasks come from the organisation's own work, which a partner municipality's contact does not see:
     * their task list then skips this feature without asking it. The regional pool's tasks say false.
     */
    default boolean staffOnly() {
        return true;
    }
}
