package nl.kwartiermaker.traject;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kwartiermaker.PortalTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/** The demo data follow the rules of decision 0004 ("Phase guidance") like real trajecten. */
@PortalTest
class DemoTrajectenTest {

    @Autowired
    DemoTrajecten demo;
    @Autowired
    TrajectService trajecten;
    @Autowired
    TrajectActivityService activities;
    @Autowired
    TrajectRepository repository;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /**
     * A demo traject's id. This context's runner knows it when it created the demo; when another test context in the
     * same JVM started first on the shared in-memory database, that one did, into the empty table, in this order.
     */
    private long demoTraject(DemoTrajecten.Demo which) {
        return demo.idOf(which).orElseGet(() -> repository.findAll(Sort.by("id")).get(which.ordinal()).getId());
    }

    @Test
    void the_demo_traject_in_fase_1_finished_its_verkenning_before_the_go_and_shows_it_done() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TrajectView started = trajecten.view(demoTraject(DemoTrajecten.Demo.STARTED));
        assertThat(started.traject().getStage()).isEqualTo(Stage.FASE_1);
        assertThat(started.progress().get(Stage.VERKENNING).complete()).isTrue();
        assertThat(started.statusOf(Stage.VERKENNING)).isEqualTo(StageStatus.DONE);
        assertThat(started.items()).filteredOn(i -> i.getStatus() == ItemStatus.NVT)
                .allSatisfy(i -> assertThat(i.getNotApplicableReason()).isNotBlank());
        assertThat(started.history()).singleElement().satisfies(go -> {
            assertThat(go.getToStage()).isEqualTo(Stage.FASE_1);
            assertThat(go.getOpenSteps()).isZero();
        });
    }

    @Test
    void the_exploring_demo_traject_shows_no_later_warnings_and_a_coming_information_meeting() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TrajectView exploring = trajecten.view(demoTraject(DemoTrajecten.Demo.EXPLORING));
        assertThat(exploring.traject().getStage()).isEqualTo(Stage.VERKENNING);
        assertThat(exploring.statusOf(Stage.VERKENNING)).isEqualTo(StageStatus.CURRENT);
        assertThat(exploring.warnings()).as("its plan's fase 1 and 2 matters wait for those stages").isEmpty();
        assertThat(exploring.upcomingActivities()).isNotEmpty();
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        assertThat(activities.inWords()).extracting(TrajectInWords::id).contains(exploring.traject().getId());
    }
}
