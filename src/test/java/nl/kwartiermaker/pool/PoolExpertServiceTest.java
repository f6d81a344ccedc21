package nl.kwartiermaker.pool;

import static nl.kwartiermaker.roledescription.CoreTask.INDIVIDUAL_RECOVERY;
import static nl.kwartiermaker.roledescription.CoreTask.SOCIAL_OPPORTUNITIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.Employment;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.MentoringRegisterService;
import nl.kwartiermaker.mentoring.PersonForm;
import nl.kwartiermaker.mentoring.RegisterDirectory;
import nl.kwartiermaker.mentoring.RegisteredPerson;
import nl.kwartiermaker.roledescription.CoreTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The pool's experts are register entries with a pool profile: added from the register or registered there. */
@DatabaseTest
class PoolExpertServiceTest {

    @Autowired
    PoolExpertService experts;
    @Autowired
    RegisterDirectory directory;
    @Autowired
    MentoringRegisterService register;
    @Autowired
    PoolFixture pool;

    @BeforeEach
    void asThePoolCoordinator() {
        pool.today(LocalDate.of(2093, 4, 6));
        PoolFixture.asCoordinator();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static ExpertProfile profile(String residence, String tie, TrainingLevel training, Set<CoreTask> tasks,
                                 Integer hours) {
        return new ExpertProfile(residence, tie, training, tasks, hours);
    }

    static ExpertProfile fine() {
        return profile("Tegelen", "", TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY), 16);
    }

    void refused(ExpertProfile profile, String key) {
        String name = "Geweigerd " + UUID.randomUUID();
        assertThatThrownBy(() -> experts.addNew(name, "", Set.of(), LocalDate.of(2093, 4, 1), profile))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(directory.experts()).as("a refused profile leaves no entry in the register")
                .noneMatch(e -> e.name().equals(name));
    }

    @Test
    void a_new_expert_is_registered_in_begeleidings_register_and_shown_with_this_weeks_hours() {
        String name = "Nieuw " + UUID.randomUUID();

        PoolExpert added = experts.addNew(name, "nieuw@example.nl", EnumSet.of(ExperienceTheme.DAKLOOSHEID),
                LocalDate.of(2093, 4, 1), profile("Tegelen", "Opgegroeid in Venlo", TrainingLevel.WILLING,
                        EnumSet.of(INDIVIDUAL_RECOVERY, SOCIAL_OPPORTUNITIES), 12));

        RegisterDirectory.Entry entry = directory.byIds(Set.of(added.getPersonId())).get(added.getPersonId());
        assertThat(entry.name()).isEqualTo(name);
        assertThat(entry.expert()).isTrue();
        assertThat(entry.themes()).containsExactly(ExperienceTheme.DAKLOOSHEID);
        PoolExpertService.ExpertLine line = experts.experts().stream()
                .filter(l -> l.expert().getId().equals(added.getId())).findFirst().orElseThrow();
        assertThat(line.name()).isEqualTo(name);
        assertThat(line.plannedThisWeek()).isZero();
        assertThat(line.expert().getRegionTie()).isEqualTo("Opgegroeid in Venlo");
        assertThat(line.expert().getCoreTasks()).containsExactlyInAnyOrder(INDIVIDUAL_RECOVERY, SOCIAL_OPPORTUNITIES);
        assertThat(experts.registerChoices()).noneMatch(e -> e.id() == added.getPersonId());
        SignedIn.as("coordinator@demo.nl", Role.COORDINATOR);
        assertThat(register.page(added.getPersonId()).person().getTeam()).as("Begeleiding sees them too")
                .isEqualTo(RegisterDirectory.POOL_TEAM);
    }

    @Test
    void an_expert_already_in_the_register_is_added_once() {
        SignedIn.as("coordinator@demo.nl", Role.COORDINATOR);
        RegisteredPerson person = register.register(new PersonForm("Uit het register " + UUID.randomUUID(), "", null,
                true, LocalDate.of(2093, 1, 1), "Wijkteam", null, Set.of(ExperienceTheme.MANTELZORG), Employment.PAID,
                24, false, false, null, 0, true, "", false));
        PoolFixture.asCoordinator();
        assertThat(experts.registerChoices()).anyMatch(e -> e.id() == person.getId());

        PoolExpert added = experts.add(person.getId(), fine());

        assertThat(added.getPersonId()).isEqualTo(person.getId());
        assertThatThrownBy(() -> experts.add(person.getId(), fine())).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("pool.experts.error.duplicate"));
        assertThatThrownBy(() -> experts.add(Long.MAX_VALUE, fine())).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("pool.experts.error.person"));
    }

    @Test
    void a_profile_needs_a_tie_with_the_region_a_training_a_core_task_and_hours() {
        refused(profile("", " ", TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY), 8), "pool.experts.error.tie");
        refused(profile("Venlo", "", null, EnumSet.of(INDIVIDUAL_RECOVERY), 8), "pool.experts.error.training");
        refused(profile("Venlo", "", TrainingLevel.MBO, Set.of(), 8), "pool.experts.error.tasks");
        refused(profile("Venlo", "", TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY), 0),
                "pool.experts.error.hours");
        refused(profile("Venlo", "", TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY),
                PoolExpertService.HOURS_MAX + 1), "pool.experts.error.hours");
        refused(profile("x".repeat(PoolExpert.RESIDENCE_MAX + 1), "", TrainingLevel.MBO,
                EnumSet.of(INDIVIDUAL_RECOVERY), 8), "pool.experts.error.residence");
        assertThatThrownBy(() -> experts.addNew(" ", "", Set.of(), LocalDate.of(2093, 4, 1), fine()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .as("the register's own check").isEqualTo("mentoring.register.error.name"));
    }

    @Test
    void a_profile_changes_under_its_version_and_can_be_set_inactive() {
        PoolExpert expert = experts.addNew("Wijzig " + UUID.randomUUID(), "", Set.of(), LocalDate.of(2093, 4, 1),
                fine());

        PoolExpert changed = experts.update(expert.getId(), expert.getVersion(), profile("Venray", "Horst",
                TrainingLevel.HBO, EnumSet.of(SOCIAL_OPPORTUNITIES), 20), false);

        assertThat(changed.isActive()).isFalse();
        assertThat(changed.getHoursAvailable()).isEqualTo(20);
        assertThatThrownBy(() -> experts.update(expert.getId(), expert.getVersion(), fine(), true))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void only_the_pool_coordinator_keeps_the_pools_experts() {
        PoolFixture.asVenloContact();
        assertThatThrownBy(() -> experts.experts()).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("coordinator@demo.nl", Role.COORDINATOR);
        assertThatThrownBy(() -> experts.addNew("Niet van mij", "", Set.of(), LocalDate.of(2093, 4, 1), fine()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
