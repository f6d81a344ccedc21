package nl.kwartiermaker.pool;

import static nl.kwartiermaker.mentoring.ExperienceTheme.MANTELZORG;
import static nl.kwartiermaker.mentoring.ExperienceTheme.VERSLAVING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.roledescription.CoreTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Hours realised per week: recorded, corrected by recording again, and refused with a clear message when wrong. */
@DatabaseTest
class RealisedHoursServiceTest {

    @Autowired
    RealisedHoursService hours;
    @Autowired
    PoolAssignmentService assignments;
    @Autowired
    RealisedHoursRepository stored;
    @Autowired
    PoolFixture pool;

    Deployment deployment;

    /** A deployment from Monday 1 March to Sunday 27 June 2094; today is Thursday 13 May 2094. */
    @BeforeEach
    void aDeployment() {
        pool.today(LocalDate.of(2094, 2, 1));
        String place = PoolFixture.place();
        PoolExpert expert = pool.expert("Uren", place, "", TrainingLevel.MBO, EnumSet.of(CoreTask.INDIVIDUAL_RECOVERY),
                20, EnumSet.of(VERSLAVING));
        DeploymentRequest request = pool.request("Roerdalen", VERSLAVING, PoolRole.ONE_ON_ONE, place,
                LocalDate.of(2094, 3, 1), LocalDate.of(2094, 6, 27), 160);
        deployment = assignments.assign(request.getId(), new PoolAssignmentService.Assignment(expert.getId(), 10,
                request.getStartsOn(), request.getEndsOn(), "Voor deze test"));
        pool.today(LocalDate.of(2094, 5, 13));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    RealisedHours record(LocalDate week, String worked, Integer residents) {
        return hours.record(deployment.getId(), new RealisedHoursService.WeekFigures(week,
                worked == null ? null : new BigDecimal(worked), residents, VERSLAVING));
    }

    void refused(LocalDate week, String worked, Integer residents, String key) {
        assertThatThrownBy(() -> record(week, worked, residents)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void a_week_is_recorded_on_its_monday_and_recording_it_again_corrects_it() {
        RealisedHours first = record(LocalDate.of(2094, 3, 11), "9.5", 4);

        assertThat(first.getWeekStart()).isEqualTo(LocalDate.of(2094, 3, 8));
        assertThat(first.getPartnerId()).isEqualTo(deployment.getPartnerId());
        assertThat(first.getExpertId()).isEqualTo(deployment.getExpertId());
        RealisedHours corrected = hours.record(deployment.getId(), new RealisedHoursService.WeekFigures(
                LocalDate.of(2094, 3, 8), new BigDecimal("10"), 5, MANTELZORG));

        assertThat(corrected.getId()).isEqualTo(first.getId());
        assertThat(stored.findByDeploymentIdOrderByWeekStartDesc(deployment.getId())).singleElement()
                .satisfies(week -> {
                    assertThat(week.getHours()).isEqualByComparingTo("10.0");
                    assertThat(week.getResidentsReached()).isEqualTo(5);
                    assertThat(week.getTheme()).isEqualTo(MANTELZORG);
                });
        assertThat(record(LocalDate.of(2094, 3, 15), "0", 0).getHours()).as("a week without work is a week too")
                .isEqualByComparingTo("0");
    }

    @Test
    void hours_outside_the_period_to_come_negative_too_many_or_too_precise_are_refused() {
        refused(LocalDate.of(2094, 2, 28), "8", 1, "pool.deploy.hours.error.outside");
        refused(LocalDate.of(2094, 6, 28), "8", 1, "pool.deploy.hours.error.outside");
        refused(LocalDate.of(2094, 5, 17), "8", 1, "pool.deploy.hours.error.future");
        refused(LocalDate.of(2094, 3, 1), "-1", 1, "pool.deploy.hours.error.negative");
        refused(LocalDate.of(2094, 3, 1), "8", -1, "pool.deploy.hours.error.negative");
        refused(LocalDate.of(2094, 3, 1), "60.5", 1, "pool.deploy.hours.error.hours");
        refused(LocalDate.of(2094, 3, 1), null, 1, "pool.deploy.hours.error.hours");
        refused(LocalDate.of(2094, 3, 1), "7.25", 1, "pool.deploy.hours.error.decimals");
        refused(LocalDate.of(2094, 3, 1), "8", RealisedHoursService.RESIDENTS_MAX + 1,
                "pool.deploy.hours.error.residents");
        refused(null, "8", 1, "pool.deploy.hours.error.week");
        assertThatThrownBy(() -> hours.record(deployment.getId(), new RealisedHoursService.WeekFigures(
                LocalDate.of(2094, 3, 1), BigDecimal.ONE, 1, null))).isInstanceOf(InvalidInput.class);
        assertThat(stored.findByDeploymentIdOrderByWeekStartDesc(deployment.getId())).isEmpty();
        assertThat(record(LocalDate.of(2094, 5, 10), "60", 0).getHours()).as("the current week has begun")
                .isEqualByComparingTo("60");
    }

    @Test
    void only_the_pool_coordinator_records_hours() {
        PoolFixture.asVenloContact();
        assertThatThrownBy(() -> record(LocalDate.of(2094, 3, 1), "8", 1)).isInstanceOf(AccessDeniedException.class);
    }
}
