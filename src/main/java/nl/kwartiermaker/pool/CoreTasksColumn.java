package nl.kwartiermaker.pool;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.roledescription.CoreTask;

/** An expert's BCP-E core tasks in one column ("INDIVIDUAL_RECOVERY,SOCIAL_OPPORTUNITIES"), read with the row. */
@Converter
class CoreTasksColumn implements AttributeConverter<Set<CoreTask>, String> {

    @Override
    public String convertToDatabaseColumn(Set<CoreTask> tasks) {
        return tasks == null ? "" : tasks.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<CoreTask> convertToEntityAttribute(String column) {
        Set<CoreTask> tasks = EnumSet.noneOf(CoreTask.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(CoreTask::valueOf).forEach(tasks::add);
        }
        return tasks;
    }
}
