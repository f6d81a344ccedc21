package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class PersonalTaskListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static PersonalTask task(String key, LocalDate due, boolean urgent) {
        return new PersonalTask(key, List.of(), "overzicht", due, urgent);
    }

    private static SignedInUser signedInAs(Role role) {
        return new SignedInUser() {
            @Override
            public Optional<Account> current() {
                return Optional.of(new Account(1, "x@test.nl", "X", Set.of(role), Locale.of("nl")));
            }

            @Override
            public void rememberLocale(Locale locale) {
            }
        };
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

        List<PersonalTask> mine = new PersonalTaskList(features.getBeanProvider(PersonalTasks.class), time,
                signedInAs(Role.MEDEWERKER)).mine();

        assertThat(mine).extracting(PersonalTask::messageKey)
                .containsExactly("latest", "late", "waited-for", "soon", "later", "undated");
    }

    @Test
    void a_partner_contact_is_not_asked_for_tasks_of_the_organisations_own_work() {
        PersonalTasks steps = () -> List.of(task("step", TODAY, false));
        PersonalTasks pool = new PersonalTasks() {
            @Override
            public List<PersonalTask> mine() {
                return List.of(task("pool", TODAY, false));
            }

            @Override
            public boolean staffOnly() {
                return false;
            }
        };
        StaticListableBeanFactory features = new StaticListableBeanFactory(Map.of("steps", steps, "pool", pool));
        PortalTime time = new PortalTime(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(),
                PortalTime.ZONE));

        assertThat(new PersonalTaskList(features.getBeanProvider(PersonalTasks.class), time,
                signedInAs(Role.PARTNER_CONTACT)).mine()).extracting(PersonalTask::messageKey).containsExactly("pool");
        assertThat(new PersonalTaskList(features.getBeanProvider(PersonalTasks.class), time,
                signedInAs(Role.POOL_COORDINATOR)).mine()).extracting(PersonalTask::messageKey)
                .containsExactlyInAnyOrder("step", "pool");
    }
}
