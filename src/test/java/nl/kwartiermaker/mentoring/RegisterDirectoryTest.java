package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The regional pool's one way into the register: its coordinator registers an expert, under the register's checks. */
@DatabaseTest
class RegisterDirectoryTest {

    @Autowired
    RegisterDirectory directory;
    @Autowired
    RegisteredPersonRepository people;
    @Autowired
    OnboardingTaskRepository onboarding;
    @Autowired
    PortalTime time;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    RegisterDirectory.NewExpert expert(String name) {
        return new RegisterDirectory.NewExpert(name, "", EnumSet.of(ExperienceTheme.VERSLAVING),
                time.today().minusMonths(2), 16);
    }

    @Test
    void the_pool_coordinator_registers_a_paid_expert_in_the_pools_team_without_an_onboarding_plan() {
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        String name = "Pool " + UUID.randomUUID();

        RegisterDirectory.Entry entry = directory.registerExpert(expert(name));

        RegisteredPerson person = people.findById(entry.id()).orElseThrow();
        assertThat(person.getName()).isEqualTo(name);
        assertThat(person.isExpert()).isTrue();
        assertThat(person.getEmployment()).isEqualTo(Employment.PAID);
        assertThat(person.getHoursPerWeek()).isEqualTo(16);
        assertThat(person.getTeam()).isEqualTo(RegisterDirectory.POOL_TEAM);
        assertThat(person.getThemes()).containsExactly(ExperienceTheme.VERSLAVING);
        assertThat(onboarding.findByPersonIdOrderByPositionAscIdAsc(entry.id())).isEmpty();
        assertThat(directory.experts()).extracting(RegisterDirectory.Entry::id).contains(entry.id());
    }

    @Test
    void the_registers_own_checks_apply() {
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        for (var refused : List.of(
                new RegisterDirectory.NewExpert("", "", EnumSet.noneOf(ExperienceTheme.class), time.today(), 8),
                new RegisterDirectory.NewExpert("Geen adres", "geen-adres", EnumSet.noneOf(ExperienceTheme.class),
                        time.today(), 8),
                new RegisterDirectory.NewExpert("Geen start", "", EnumSet.noneOf(ExperienceTheme.class), null, 8),
                new RegisterDirectory.NewExpert("Te veel uren", "", EnumSet.noneOf(ExperienceTheme.class),
                        time.today(), RegisteredPerson.HOURS_MAX + 1),
                new RegisterDirectory.NewExpert("Eeuwen terug", "", EnumSet.noneOf(ExperienceTheme.class),
                        LocalDate.of(1900, 1, 1), 8))) {
            assertThatThrownBy(() -> directory.registerExpert(refused)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.messageKey()).startsWith("mentoring.register.error."));
        }
    }

    @Test
    void nobody_else_registers_through_the_directory() {
        SignedIn.as("coordinator@demo.nl", Role.COORDINATOR);
        assertThatThrownBy(() -> directory.registerExpert(expert("Begeleiding"))).isInstanceOf(
                AccessDeniedException.class);
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        assertThatThrownBy(() -> directory.registerExpert(expert("Gemeente"))).isInstanceOf(
                AccessDeniedException.class);
    }
}
