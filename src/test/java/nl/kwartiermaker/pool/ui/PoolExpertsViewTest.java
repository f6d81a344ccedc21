package nl.kwartiermaker.pool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.PoolExpertService.ExpertLine;
import nl.kwartiermaker.pool.PoolFixture;
import nl.kwartiermaker.pool.TrainingLevel;
import nl.kwartiermaker.roledescription.CoreTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The experts page: the profiles with this week's hours, who falls short of the training, adding and changing. */
class PoolExpertsViewTest extends BrowserlessViewTest {

    @Autowired
    PoolFixture pool;

    List<ExpertLine> rows(PoolExpertsView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i)).toList();
    }

    ExpertLine row(PoolExpertsView view, String name) {
        return rows(view).stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void the_coordinator_sees_each_experts_hours_this_week_and_who_does_not_meet_the_training_requirement() {
        PoolFixture.asCoordinator();
        PoolExpertsView view = navigate(PoolExpertsView.class);

        ExpertLine anouk = row(view, "Anouk Peeters");
        assertThat(anouk.plannedThisWeek()).as("the demo's Venlo deployment").isEqualTo(14);
        assertThat(anouk.expert().getHoursAvailable()).isEqualTo(24);
        assertThat(anouk.expert().getResidence()).isEqualTo("Venlo");
        assertThat(view.training.getElement().getTextRecursively())
                .contains("aan de opleidingseis van de pool", "Koen Hendrikx").doesNotContain("Anouk");
    }

    @Test
    void the_coordinator_registers_a_new_expert_from_the_pool_and_then_sets_them_inactive() {
        pool.today(LocalDate.of(2093, 5, 4));
        PoolFixture.asCoordinator();
        PoolExpertsView view = navigate(PoolExpertsView.class);
        String name = "Nieuw in de pool " + UUID.randomUUID().toString().substring(0, 6);

        click(view.add);
        ExpertDialog dialog = $(ExpertDialog.class).single();
        dialog.source.setValue(ExpertDialog.Source.NEW);
        assertThat(dialog.startDate.getValue()).isEqualTo(LocalDate.of(2093, 5, 4));
        dialog.name.setValue(name);
        dialog.themes.setValue(EnumSet.of(ExperienceTheme.DETENTIE));
        dialog.residence.setValue("Tegelen");
        dialog.training.setValue(TrainingLevel.NOT_YET);
        dialog.tasks.setValue(EnumSet.of(CoreTask.INDIVIDUAL_RECOVERY));
        dialog.hours.setValue(12);
        click(dialog.save);

        assertThat(row(view, name).expert().getHoursAvailable()).isEqualTo(12);
        assertThat(view.training.getElement().getTextRecursively()).contains(name);

        List<ExpertLine> lines = rows(view);
        test(view.grid).clickRow(lines.indexOf(row(view, name)));
        ExpertDialog edit = $(ExpertDialog.class).all().stream().filter(ExpertDialog::isOpened).findFirst()
                .orElseThrow();
        assertThat(edit.source.isAttached()).as("changing a profile keeps the person").isFalse();
        assertThat(edit.training.getValue()).isEqualTo(TrainingLevel.NOT_YET);
        edit.active.setValue(false);
        click(edit.save);
        assertThat(row(view, name).expert().isActive()).isFalse();
        assertThat(view.training.getElement().getTextRecursively()).as("only active experts count")
                .doesNotContain(name);
    }

    @Test
    void a_refused_profile_keeps_the_dialog_open_with_the_message() {
        PoolFixture.asCoordinator();
        PoolExpertsView view = navigate(PoolExpertsView.class);
        click(view.add);
        ExpertDialog dialog = $(ExpertDialog.class).single();
        dialog.source.setValue(ExpertDialog.Source.NEW);
        dialog.name.setValue("Zonder binding");

        click(dialog.save);

        assertThat(notificationTexts()).contains("Vul de woonplaats of de binding met de regio in.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_partner_contact_does_not_open_the_experts() {
        PoolFixture.asVenloContact();
        navigate("pool/experts", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AccessDeniedView");
    }
}
