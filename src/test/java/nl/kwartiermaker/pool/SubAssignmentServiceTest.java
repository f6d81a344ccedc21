package nl.kwartiermaker.pool;

import nl.kwartiermaker.SignedIn;
import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.user.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Sub-assignments per municipality and regional, their progress log, and who sees which; in 2091–2092. */
@DatabaseTest
class SubAssignmentServiceTest {

    /** Nobody stays signed in for the next test class (one left signed in broke another class's Vaadin set-up). */
    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Autowired
    SubAssignmentService subAssignments;
    @Autowired
    PoolSetupFixture fixture;

    @BeforeEach
    void asTheCoordinatorIn2091() {
        fixture.in2091();
        fixture.asCoordinator();
    }

    SubAssignment create(Long partnerId, String title, SubAssignmentStatus status) {
        return subAssignments.create(new SubAssignmentForm(partnerId, title,
                "Inwoners bereiken die nu buiten beeld blijven", "Aantal bezoekers per dagdeel", "Maandelijks",
                "In de halfjaarlijkse rapportage", LocalDate.of(2091, 4, 1), LocalDate.of(2092, 3, 31), 400, status));
    }

    List<Long> ids(SubAssignmentService.Filter filter) {
        return subAssignments.list(filter, Pageable.unpaged()).stream().map(l -> l.subAssignment().getId())
                .toList();
    }

    @Test
    void a_contact_sees_their_own_municipalitys_and_the_regional_sub_assignments_and_no_other() {
        PoolPartner own = fixture.partner();
        PoolPartner other = fixture.partner();
        SubAssignment mine = create(own.getId(), "Inloop", SubAssignmentStatus.RUNNING);
        SubAssignment theirs = create(other.getId(), "Zelfregiegroep", SubAssignmentStatus.RUNNING);
        SubAssignment regional = create(null, "PSY-café", SubAssignmentStatus.PLANNED);
        UserAccount contact = fixture.contact(own.getId());

        fixture.as(contact);
        List<SubAssignmentService.Line> seen = subAssignments.list(SubAssignmentService.Filter.all(),
                Pageable.unpaged());
        assertThat(seen).extracting(l -> l.subAssignment().getId()).contains(mine.getId(), regional.getId())
                .doesNotContain(theirs.getId());
        assertThat(seen).allMatch(l -> l.subAssignment().isRegional()
                || l.subAssignment().getPartnerId().equals(own.getId()));
        assertThat(ids(new SubAssignmentService.Filter(other.getId(), false, null))).as("not by filtering either")
                .isEmpty();
        assertThat(subAssignments.municipalities()).extracting(PoolPartner::getId).containsExactly(own.getId());

        assertThat(subAssignments.page(mine.getId()).partnerName()).isEqualTo(own.getName());
        assertThat(subAssignments.page(regional.getId()).mayWrite()).isFalse();
        assertThatThrownBy(() -> subAssignments.page(theirs.getId())).isInstanceOf(InvalidInput.class)
                .hasMessage("pool.error.notfound");
        assertThatThrownBy(() -> subAssignments.page(Long.MAX_VALUE)).isInstanceOf(InvalidInput.class)
                .hasMessage("pool.error.notfound");
        assertThatThrownBy(() -> subAssignments.addProgress(mine.getId(), "Gelezen"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create(own.getId(), "Eigen idee", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_contact_not_linked_to_a_municipality_sees_the_regional_ones_only() {
        SubAssignment regional = create(null, "Herstelacademie", SubAssignmentStatus.RUNNING);
        SubAssignment local = create(fixture.partner().getId(), "Training", SubAssignmentStatus.RUNNING);
        fixture.as(fixture.contact(null));
        assertThat(ids(SubAssignmentService.Filter.all())).contains(regional.getId()).doesNotContain(local.getId());
    }

    @Test
    void progress_lines_stay_as_written_newest_first_with_their_author_and_day() {
        SubAssignment sub = create(fixture.partner().getId(), "Inloop", SubAssignmentStatus.RUNNING);
        subAssignments.addProgress(sub.getId(), "  Ruimte geregeld: dinsdag- en donderdagmiddag open.  ");
        subAssignments.addProgress(sub.getId(), "Gemiddeld 9 bezoekers per middag.\nVooral vragen over geld.");
        subAssignments.update(sub.getId(), sub.getVersion(), new SubAssignmentForm(sub.getPartnerId(), "Inloop",
                "Nieuwe doelen", "", "", "", sub.getStartsOn(), sub.getEndsOn(), 500, SubAssignmentStatus.RUNNING));

        SubAssignmentService.Page page = subAssignments.page(sub.getId());
        assertThat(page.progress()).extracting(l -> l.line().getNote()).containsExactly(
                "Gemiddeld 9 bezoekers per middag.\nVooral vragen over geld.",
                "Ruimte geregeld: dinsdag- en donderdagmiddag open.");
        assertThat(page.progress()).allSatisfy(l -> {
            assertThat(l.line().getWrittenOn()).isEqualTo(LocalDate.of(2091, 3, 2));
            assertThat(l.author()).isNotBlank().isNotEqualTo("–");
        });
        assertThat(page.subAssignment().getGoals()).as("changing the sub-assignment leaves its log")
                .isEqualTo("Nieuwe doelen");
        assertThatThrownBy(() -> subAssignments.addProgress(sub.getId(), " ")).isInstanceOf(InvalidInput.class)
                .hasMessage("pool.sub.error.progress");
    }

    @Test
    void the_coordinator_filters_by_municipality_region_and_status() {
        PoolPartner partner = fixture.partner();
        SubAssignment running = create(partner.getId(), "Loopt", SubAssignmentStatus.RUNNING);
        SubAssignment finished = create(partner.getId(), "Klaar", SubAssignmentStatus.FINISHED);
        SubAssignment regional = create(null, "Regionaal", SubAssignmentStatus.FINISHED);

        assertThat(ids(new SubAssignmentService.Filter(partner.getId(), false, null)))
                .containsExactlyInAnyOrder(running.getId(), finished.getId());
        assertThat(ids(new SubAssignmentService.Filter(partner.getId(), false, SubAssignmentStatus.FINISHED)))
                .containsExactly(finished.getId());
        assertThat(ids(new SubAssignmentService.Filter(null, true, SubAssignmentStatus.FINISHED)))
                .contains(regional.getId()).doesNotContain(finished.getId());
        assertThat(ids(SubAssignmentService.Filter.all())).contains(running.getId(), finished.getId(),
                regional.getId());
    }

    @Test
    void a_sub_assignment_needs_goals_and_a_period_and_changes_from_its_version_also_to_another_municipality() {
        PoolPartner first = fixture.partner();
        SubAssignment sub = create(first.getId(), "Training", SubAssignmentStatus.PLANNED);
        SubAssignment regional = subAssignments.update(sub.getId(), sub.getVersion(), new SubAssignmentForm(null,
                "Training", "Voor de hele regio", "", "", "", sub.getStartsOn(), sub.getEndsOn(), 80,
                SubAssignmentStatus.RUNNING));
        assertThat(regional.isRegional()).isTrue();
        assertThat(regional.getStatus()).isEqualTo(SubAssignmentStatus.RUNNING);

        assertThatThrownBy(() -> subAssignments.update(sub.getId(), sub.getVersion(), new SubAssignmentForm(
                first.getId(), "Training", "Doel", "", "", "", sub.getStartsOn(), sub.getEndsOn(), 80, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> subAssignments.create(new SubAssignmentForm(first.getId(), "Zonder doel", " ", "",
                "", "", LocalDate.of(2091, 4, 1), LocalDate.of(2091, 5, 1), 10, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.sub.error.goals");
        assertThatThrownBy(() -> subAssignments.create(new SubAssignmentForm(first.getId(), "Omgekeerd", "Doel", "",
                "", "", LocalDate.of(2091, 5, 1), LocalDate.of(2091, 4, 1), 10, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.sub.error.period");
        assertThatThrownBy(() -> subAssignments.create(new SubAssignmentForm(first.getId(), "Zonder uren", "Doel",
                "", "", "", LocalDate.of(2091, 4, 1), LocalDate.of(2091, 5, 1), null, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.sub.error.hours");
    }
}
