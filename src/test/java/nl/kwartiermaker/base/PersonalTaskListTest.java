package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class PersonalTaskListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static PersonalTask task(String key, LocalDate due, boolean urgent) {
        return new PersonalTask(key, List.of(), "overzicht", due, urgent);
    }

    @Test
    void overdue_tasks_come_first_then_what_someone_waits_for_then_by_date_then_the_rest() {
        PersonalTasks steps = () -> List.of(task("later", TODAY.plusDays(9), false), task("late", TODAY.minusDays(2), false),
                task("undated", null, false));
        PersonalTasks reviews = () -> List.of(task("waited-for", null, true), task("soon", TODAY.plusDays(1), false),
                task("latest", TODAY.minusDays(9), false));
        StaticListableBeanFactory features = new StaticListableBeanFactory(Map.of("steps", steps, "reviews", reviews));
        PortalTime time = new PortalTime(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(),
                PortalTime.ZONE));

        List<PersonalTask> mine = new PersonalTaskList(features.getBeanProvider(PersonalTasks.class), time).mine();

        assertThat(mine).extracting(PersonalTask::messageKey)
                .containsExactly("latest", "late", "waited-for", "soon", "later", "undated");
    }
}
