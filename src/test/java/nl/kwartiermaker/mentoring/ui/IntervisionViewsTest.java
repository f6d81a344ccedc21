package nl.kwartiermaker.mentoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.IntervisionFixture;
import nl.kwartiermaker.mentoring.IntervisionGroup;
import nl.kwartiermaker.mentoring.IntervisionGroupForm;
import nl.kwartiermaker.mentoring.IntervisionService;
import nl.kwartiermaker.mentoring.IntervisionSessionForm;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The intervision list, a group's page and the two sections on an expert's page, as people use them. */
class IntervisionViewsTest extends BrowserlessViewTest {

    @Autowired
    IntervisionService intervision;
    @Autowired
    IntervisionFixture people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    IntervisionMembershipSection membershipSection;

    UserAccount coordinator;

    @BeforeEach
    void aCoordinator() {
        coordinator = account(Role.COORDINATOR);
        asCoordinator();
    }

    UserAccount account(Role role) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        return users.create(new UserService.NewUser(role.name().toLowerCase() + "-" + UUID.randomUUID()
                + "@example.nl", "Begeleiding " + role.name() + " " + UUID.randomUUID(), EnumSet.of(role), "een lang wachtwoord"));
    }

    void asCoordinator() {
        SignedIn.as(coordinator.email(), Role.COORDINATOR);
    }

    Set<Long> experts(int count) {
        return IntStream.range(0, count).mapToObj(i -> people.expert(null)).collect(Collectors.toSet());
    }

    IntervisionGroup group(Long facilitatorId, Set<Long> members) {
        asCoordinator();
        return intervision.createGroup(new IntervisionGroupForm("Groep " + UUID.randomUUID().toString()
                .substring(0, 8), facilitatorId, "Incidentmethode", "maandelijks", members));
    }

    Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText()) && b.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    <T extends Dialog> T openDialog(Class<T> type) {
        return $(type).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
    }

    String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void the_coordinator_makes_a_group_in_the_dialog_and_the_list_marks_a_group_that_is_too_small() {
        long member = people.expert(null);
        IntervisionView list = navigate(IntervisionView.class);
        click(button("Nieuwe groep"));
        GroupDialog dialog = openDialog(GroupDialog.class);
        click(dialog.save);
        assertThat(notificationTexts()).contains("Geef de groep een naam van hoogstens 150 tekens.");

        String name = "Groep Noord " + UUID.randomUUID().toString().substring(0, 6);
        test(dialog.name).setValue(name);
        test(dialog.schedule).setValue("maandelijks, afwisselend met het werkoverleg");
        dialog.members.setValue(dialog.members.getListDataView().getItems().filter(p -> p.id() == member)
                .collect(Collectors.toSet()));
        click(dialog.save);

        assertThat(getCurrentView()).isInstanceOf(IntervisionGroupView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(name);
        assertThat(pageText()).contains("Deze groep heeft 1 lid. Een intervisiegroep werkt het best met 4 tot 8 "
                + "ervaringsdeskundigen.").contains("maandelijks, afwisselend met het werkoverleg");

        list = navigate(IntervisionView.class);
        assertThat(list.grid.getListDataView().getItems().filter(g -> g.name().equals(name)).toList())
                .singleElement().satisfies(g -> assertThat(g.sizeIsOff()).isTrue());
    }

    @Test
    void an_expert_without_a_group_is_told_whom_to_ask() {
        UserAccount expert = account(Role.ERVARINGSDESKUNDIGE);
        people.expert(expert.id());
        SignedIn.as(expert.email(), Role.ERVARINGSDESKUNDIGE);
        IntervisionView list = navigate(IntervisionView.class);
        assertThat(list.grid.isVisible()).isFalse();
        assertThat(list.empty.getText()).startsWith("Je zit nog niet in een intervisiegroep.");
        assertThat($(Button.class).all()).noneMatch(b -> "Nieuwe groep".equals(b.getText()));
    }

    @Test
    void the_facilitator_plans_a_session_with_a_suggested_theme_invites_and_records_who_came() {
        UserAccount leader = account(Role.MENTOR);
        long leaderId = people.supervisor(leader.id());
        Set<Long> members = new HashSet<>(experts(4));
        IntervisionGroup group = group(leaderId, members);
        SignedIn.as(leader.email(), Role.MENTOR);
        IntervisionGroupView view = navigate("begeleiding/intervisie/" + group.getId(), IntervisionGroupView.class);
        assertThat(pageText()).contains("Er is nog geen sessie gepland. Plan de eerste met Sessie plannen.");
        assertThat($(Button.class).all()).noneMatch(b -> "Groep beëindigen".equals(b.getText()));

        click(view.plan);
        SessionDialog dialog = openDialog(SessionDialog.class);
        click(button("Afstand en nabijheid"));
        assertThat(dialog.theme.getValue()).isEqualTo("Afstand en nabijheid");
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), PortalTime.ZONE).plusDays(7);
        dialog.when.date.setValue(start.toLocalDate());
        test(dialog.location).setValue("Stadhuis");
        click(dialog.save);

        assertThat(pageText()).contains("Thema: Afstand en nabijheid").contains("Nog geen uitnodigingen verstuurd.");
        click(button("Uitnodigingen versturen"));
        assertThat(notificationTexts()).contains("De uitnodigingen zijn verstuurd, met een agendabestand bij de mail.");
        assertThat(pageText()).contains("Uitnodigingen zijn verstuurd.");

        clock.advance(Duration.ofDays(8));
        navigate("begeleiding/intervisie/" + group.getId(), IntervisionGroupView.class);
        click(button("Aanwezigheid noteren"));
        AttendanceDialog attendance = openDialog(AttendanceDialog.class);
        attendance.present.setValue(attendance.present.getListDataView().getItems().limit(3)
                .collect(Collectors.toSet()));
        click(attendance.save);
        assertThat(pageText()).contains("Aanwezig: 3 van 4");
    }

    @Test
    void someone_outside_the_group_finds_no_page() {
        IntervisionGroup group = group(null, experts(4));
        UserAccount outsider = account(Role.ERVARINGSDESKUNDIGE);
        people.expert(outsider.id());
        SignedIn.as(outsider.email(), Role.ERVARINGSDESKUNDIGE);
        UI.getCurrent().navigate("begeleiding/intervisie/" + group.getId());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("begeleiding/intervisie/geen-nummer");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void the_coordinator_ends_a_group_only_after_confirming() {
        IntervisionGroup group = group(null, experts(5));
        navigate("begeleiding/intervisie/" + group.getId(), IntervisionGroupView.class);
        click(button("Groep beëindigen"));
        ConfirmDialog confirm = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst()
                .orElseThrow();
        test(confirm).cancel();
        assertThat(intervision.group(group.getId()).group().isEnded()).isFalse();

        click(button("Groep beëindigen"));
        test($(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst().orElseThrow())
                .confirm();
        assertThat(intervision.group(group.getId()).group().isEnded()).isTrue();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Deze groep is beëindigd op"));
        assertThat($(Button.class).all()).noneMatch(b -> "Sessie plannen".equals(b.getText()) && b.isVisible()
                && b.getParent().isPresent());
    }

    @Test
    void an_experts_page_shows_their_group_with_the_next_session_or_says_there_is_none() {
        UserAccount expert = account(Role.ERVARINGSDESKUNDIGE);
        long me = people.expert(expert.id());
        Set<Long> members = new HashSet<>(experts(3));
        members.add(me);
        IntervisionGroup group = group(null, members);
        intervision.planSession(group.getId(), new IntervisionSessionForm(LocalDateTime.ofInstant(clock.instant(),
                PortalTime.ZONE).plusDays(3).withNano(0), 90, "Bibliotheek", ""));

        SignedIn.as(expert.email(), Role.ERVARINGSDESKUNDIGE);
        navigate(IntervisionView.class);
        Component section = membershipSection.render(me).orElseThrow();
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("Intervisie", group.getName(), "Volgende sessie:", "Bibliotheek");
        assertThat(section.getId()).contains("intervisie");

        asCoordinator();
        assertThat(membershipSection.render(people.expert(null)).orElseThrow().getElement().getTextRecursively())
                .contains("Nog niet in een intervisiegroep.");
    }

    @Test
    void opening_the_list_costs_the_same_statements_with_more_groups() {
        group(null, experts(4));
        int few = statementsToOpen("begeleiding/intervisie").size();
        for (int i = 0; i < 4; i++) {
            group(null, experts(1));
        }
        assertThat(statementsToOpen("begeleiding/intervisie")).hasSize(few);
        assertThat(few).isLessThanOrEqualTo(6);
    }
}
