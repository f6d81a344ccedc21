package nl.kwartiermaker.roledescription;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kwartiermaker.traject.Domain;

/** Step 2 of the builder: where the expert works, in which domains, the core tasks and the concrete tasks. */
public record ContextAndTasks(String context, Set<Domain> domains, Set<CoreTask> coreTasks, List<String> tasks) {

    public static final String CONTEXT = "context";
    public static final String DOMAINS = "domains";
    public static final String CORE_TASKS = "coreTasks";
    public static final String TASKS = "tasks";

    public ContextAndTasks {
        context = RoleDescriptionContent.clean(context);
        domains = domains == null || domains.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(domains));
        coreTasks = coreTasks == null || coreTasks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(coreTasks));
        // blank lines are not tasks: HR separates tasks by line and may leave an empty one
        tasks = tasks == null ? List.of() : tasks.stream().map(RoleDescriptionContent::clean).filter(t -> !t.isEmpty()).toList();
    }
}
