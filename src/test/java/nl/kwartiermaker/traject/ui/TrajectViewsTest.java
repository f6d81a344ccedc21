package nl.kwartiermaker.traject.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.kwartiermaker.AsRendered;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.ManyRows;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.traject.ChecklistItem;
import nl.kwartiermaker.traject.ChecklistService;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.ItemChange;
import nl.kwartiermaker.traject.ItemStatus;
import nl.kwartiermaker.traject.Stage;
import nl.kwartiermaker.traject.StartingPoint;
import nl.kwartiermaker.traject.StepTasks;
import nl.kwartiermaker.traject.Traject;
import nl.kwartiermaker.traject.TrajectForm;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.traject.TrajectSummary;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TrajectViewsTest extends BrowserlessViewTest {

    @Autowired
    TrajectService trajecten;
    @Autowired
    ChecklistService checklist;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount lead;
    UserAccount member;

    @BeforeEach
    void accounts() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        lead = TestAccounts.withRole(users, Role.PROJECTLEIDER);
        member = TestAccounts.withRole(users, Role.MEDEWERKER);
        TestAccounts.signInAs(lead);
    }

    Traject traject() {
        return trajecten.create(new TrajectForm("Wijkteam " + UUID.randomUUID().toString().substring(0, 6), "Team West",
                StartingPoint.VERANDERING, "", EnumSet.of(Domain.HULPVERLENING), EnumSet.of(ExpertRole.ONDERSTEUNER),
                lead.id(), time.today(), true, "West", 1, "", "", false,
                Set.of(member.id())));
    }

    Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText()) && b.isVisible()).findFirst()
                .orElseThrow();
    }

    /** A step's line is bare elements (issue 18): its button is a vaadin-button element, clicked as a browser does. */
    Element editFirstStep() {
        return rowButton("Bewerken");
    }

    Element rowButton(String text) {
        return elements(page()).filter(e -> "vaadin-button".equals(e.getTag())
                && text.equals(e.getText()) && e.getAttribute("aria-label").contains("\"")).findFirst()
                .orElseThrow();
    }

    void click(Element button) {
        asFromTheBrowser(() -> button.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(button, "click", JacksonUtils.createObjectNode())));
    }

    /** The page shown; the dialogs hang from the UI, not from the page. */
    Element page() {
        return getCurrentView().getElement();
    }

    static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().filter(e -> !e.isTextNode())
                .flatMap(TrajectViewsTest::elements));
    }

    /** A step's texts are markup (issue 18): read as the browser shows them. */
    List<org.jsoup.nodes.Element> itemTitles() {
        return AsRendered.of(page()).select(".item-title");
    }

    <T extends Dialog> List<T> openDialogs(Class<T> type) {
        return $(type).all().stream().filter(Dialog::isOpened).toList();
    }

    List<ConfirmDialog> openConfirmations() {
        return $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).toList();
    }

    List<String> listed(TrajectListView list) {
        return list.grid.getLazyDataView().getItems().map(TrajectSummary::name).toList();
    }

    @Test
    void a_project_lead_creates_a_traject_in_the_dialog_and_lands_on_its_page() {
        navigate(TrajectListView.class);
        click(button("Nieuw traject"));
        TrajectDialog dialog = $(TrajectDialog.class).single();
        click(dialog.save);
        assertThat(notificationTexts()).contains("Geef het traject een naam van hoogstens 150 tekens.");
        assertThat(dialog.isOpened()).isTrue();

        String name = "Pilot " + UUID.randomUUID().toString().substring(0, 6);
        test(dialog.name).setValue(name);
        test(dialog.unit).setValue("Team Oost");
        dialog.startingPoint.setValue(StartingPoint.DROOM);
        click(dialog.save);

        assertThat(getCurrentView()).isInstanceOf(TrajectDetailView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(name);
        TrajectListView list = navigate(TrajectListView.class);
        assertThat(listed(list)).as("the list shows the new traject").contains(name);
    }

    @Test
    void the_list_filters_by_stage_and_archive_in_the_database() {
        Traject exploring = traject();
        Traject archived = traject();
        trajecten.archive(archived.getId(), archived.getVersion(), true);
        TrajectListView list = navigate(TrajectListView.class);
        assertThat(listed(list)).contains(exploring.getName()).doesNotContain(archived.getName());

        list.stage.setValue(Stage.FASE_2);
        assertThat(listed(list)).doesNotContain(exploring.getName());
        list.stage.clear();
        list.archived.setValue(true);
        assertThat(listed(list)).contains(archived.getName()).doesNotContain(exploring.getName());
    }

    @Test
    void the_page_shows_the_stage_bar_every_stage_checklist_and_no_warnings_about_stages_not_reached() {
        Traject traject = traject();
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        OrderedList bar = $(OrderedList.class).withClassName("stage-bar").single();
        assertThat(bar.getChildren().map(c -> c.getElement().getAttribute("aria-current")).toList())
                .containsExactly("step", null, null, null, null);
        $(Details.class).withClassName("traject-details").single().setOpened(true);
        assertThat(elements(page()).filter(e -> "li".equals(e.getTag())))
                .extracting(Element::getTextRecursively)
                .anyMatch(t -> t.contains("Hulpverlening"))
                .as("the plan's fase 2 matters wait for fase 2")
                .noneMatch(t -> t.contains("één ervaringsdeskundige"))
                .noneMatch(t -> t.contains("geen leidinggevende"));
        assertThat($(Details.class).withClassName("checklist").all()).hasSize(4);
    }

    @Test
    void an_english_reader_is_told_once_that_the_checklist_is_dutch_and_its_steps_are_marked_as_dutch() {
        Traject traject = traject();
        UI.getCurrent().setLocale(PortalLocales.ENGLISH);
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        assertThat($(Div.class).withClassName("dutch-content-notice").all()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getTextRecursively()).contains("available in Dutch only"));
        assertThat(itemTitles()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.attr("lang")).as(t.text()).isEqualTo("nl"));
        assertThat($(H3.class).all()).filteredOn(h -> "nl".equals(h.getElement().getAttribute("lang")))
                .extracting(H3::getText).contains("De tien verkenningsvragen");
        assertThat($(H1.class).single().getElement().getAttribute("lang")).isNull();
    }

    @Test
    void a_dutch_reader_gets_no_notice_about_dutch_content() {
        navigate("trajecten/" + traject().getId(), TrajectDetailView.class);
        assertThat($(Div.class).withClassName("dutch-content-notice").all()).isEmpty();
    }

    @Test
    void moving_on_with_open_steps_asks_first_and_the_page_shows_the_stage_left_open_and_the_move_in_its_history() {
        Traject traject = traject();
        TrajectDetailView view = navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        long open = trajecten.view(traject.getId()).openStepsNow();
        click(view.advance);
        ConfirmDialog confirmation = openConfirmations().getFirst();
        assertThat(confirmation.getElement().getProperty("message")).startsWith("Er staan nog " + open
                + " stappen open in deze fase.");
        test(confirmation).confirm();

        assertThat(trajecten.view(traject.getId()).traject().getStage()).isEqualTo(Stage.GO_NO_GO);
        ListItem verkenning = (ListItem) $(OrderedList.class).withClassName("stage-bar").single().getChildren()
                .findFirst().orElseThrow();
        assertThat(verkenning.getClassNames()).as("not green: its steps are not done").contains("left-open")
                .doesNotContain("done");
        assertThat(verkenning.getElement().getTextRecursively()).contains("(" + open + " stappen bleven open)");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .noneMatch(t -> t.startsWith("De verkenning is klaar voor een besluit"))
                .anyMatch(t -> t.startsWith("Er staan nog " + open + " stappen van de verkenning open."));
        Details history = $(Details.class).withClassName("traject-history").single();
        history.setOpened(true);
        assertThat(history.getElement().getTextRecursively()).contains(lead.displayName()
                + " zette het traject van Verkenning naar Go/no-go.").contains(open + " stappen stonden nog open");
    }

    @Test
    void a_finished_verkenning_shows_as_done_and_ready_for_a_decision() {
        Traject traject = traject();
        for (ChecklistItem step : trajecten.view(traject.getId()).items()) {
            if (step.getStage() == Stage.VERKENNING) {
                checklist.updateItem(step.getId(), step.getVersion(), new ItemChange(ItemStatus.GEREED, "", null,
                        null, "", List.of()));
            }
        }
        TrajectDetailView view = navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        click(view.advance);
        ConfirmDialog confirmation = openConfirmations().getFirst();
        assertThat(confirmation.getElement().getProperty("message")).startsWith("Alle stappen van deze fase zijn klaar");
        test(confirmation).confirm();
        ListItem verkenning = (ListItem) $(OrderedList.class).withClassName("stage-bar").single().getChildren()
                .findFirst().orElseThrow();
        assertThat(verkenning.getClassNames()).contains("done");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("De verkenning is klaar voor een besluit: leg het go/no-go-besluit vast.");
    }

    @Test
    void the_project_lead_adds_changes_and_removes_an_activity_after_confirming() {
        Traject traject = traject();
        TrajectDetailView view = navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        click(view.addActivity);
        ActivityDialog dialog = $(ActivityDialog.class).single();
        click(dialog.save);
        assertThat(notificationTexts()).contains("Geef de activiteit een naam van hoogstens 150 tekens.");
        test(dialog.title).setValue("Informatiebijeenkomst");
        dialog.date.setValue(time.today().plusWeeks(2));
        test(dialog.place).setValue("Zaal 2");
        click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        Section activities = $(Section.class).withClassName("traject-activities").single();
        assertThat(activities.getElement().getTextRecursively()).contains("Informatiebijeenkomst")
                .contains("Plaats: Zaal 2");

        click(button("Wijzigen"));
        ActivityDialog change = $(ActivityDialog.class).all().stream().filter(Dialog::isOpened).findFirst()
                .orElseThrow();
        assertThat(change.title.getValue()).isEqualTo("Informatiebijeenkomst");
        test(change.place).setValue("Zaal 3");
        click(change.save);
        assertThat($(Section.class).withClassName("traject-activities").single().getElement().getTextRecursively())
                .contains("Plaats: Zaal 3");

        click(button("Verwijderen"));
        ConfirmDialog confirmation = openConfirmations().getFirst();
        assertThat(trajecten.view(traject.getId()).activities()).as("not before confirming").hasSize(1);
        test(confirmation).confirm();
        assertThat(trajecten.view(traject.getId()).activities()).isEmpty();
        assertThat($(Section.class).withClassName("traject-activities").single().getElement().getTextRecursively())
                .contains("Er staan geen bijeenkomsten of activiteiten gepland.");

        TestAccounts.signInAs(member);
        TrajectDetailView asMember = navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        assertThat(asMember.addActivity.isAttached()).as("members read, they do not plan").isFalse();
    }

    @Test
    void a_task_link_to_a_step_opens_that_step_and_a_due_date_reads_as_a_due_date() {
        Traject traject = traject();
        ChecklistItem step = firstStepOf(traject, Stage.VERKENNING);
        checklist.updateItem(step.getId(), step.getVersion(), new ItemChange(ItemStatus.BEZIG, "", member.id(),
                time.today().plusDays(5), "", List.of()));
        TestAccounts.signInAs(member);
        // the link a task carries (StepTasks.linkTo): the traject's page with the step as query parameter
        UI.getCurrent().navigate("trajecten/" + traject.getId(), com.vaadin.flow.router.QueryParameters.of(
                StepTasks.STEP_PARAMETER, String.valueOf(step.getId())));
        MockVaadin.clientRoundtrip();
        assertThat(StepTasks.linkTo(traject.getId(), step.getId()))
                .isEqualTo("trajecten/" + traject.getId() + "?stap=" + step.getId());
        ItemDialog dialog = $(ItemDialog.class).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
        assertThat(dialog.getHeaderTitle()).isEqualTo(step.getTitle());
        assertThat(dialog.due.getLabel()).isEqualTo("Uiterlijk klaar op");
        assertThat(AsRendered.of(page()).select("span").eachText())
                .anyMatch(t -> t.startsWith("Uiterlijk klaar op "));
    }

    private ChecklistItem firstStepOf(Traject traject, Stage stage) {
        return trajecten.view(traject.getId()).items().stream().filter(i -> i.getStage() == stage).findFirst()
                .orElseThrow();
    }

    private ChecklistItem stored(Traject traject, long itemId) {
        return trajecten.view(traject.getId()).items().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow();
    }

    @Test
    void a_later_stage_shows_its_steps_when_opened() {
        Traject traject = traject();
        ChecklistItem later = firstStepOf(traject, Stage.FASE_2);
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        Details fase2 = $(Details.class).withClassName("checklist").all().get(2);
        assertThat(fase2.isOpened()).isFalse();
        assertThat(AsRendered.of(fase2.getElement()).text()).doesNotContain(later.getTitle());

        fase2.setOpened(true);
        assertThat(AsRendered.of(fase2.getElement()).text()).contains(later.getTitle());
        fase2.setOpened(false);
        fase2.setOpened(true);
        assertThat(itemTitles().stream().filter(s -> s.text().equals(later.getTitle()))).as("built once")
                .hasSize(1);
    }

    @Test
    void a_member_completes_their_own_item_in_the_item_dialog() {
        Traject traject = traject();
        ChecklistItem item = firstStepOf(traject, Stage.VERKENNING);
        checklist.updateItem(item.getId(), item.getVersion(),
                new ItemChange(ItemStatus.OPEN, "", member.id(), null, "", List.of()));
        TestAccounts.signInAs(member);
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        click(rowButton("Bewerken"));
        ItemDialog dialog = $(ItemDialog.class).single();
        assertThat(dialog.owner.isReadOnly()).as("members do not reassign").isTrue();
        dialog.status.setValue(ItemStatus.NVT);
        click(dialog.save);
        assertThat(notificationTexts()).contains("Schrijf op waarom deze stap niet van toepassing is.");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.reason).setValue("Al geregeld bij de start");
        click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        ChecklistItem saved = stored(traject, item.getId());
        assertThat(saved.getStatus()).isEqualTo(ItemStatus.NVT);
        assertThat(saved.getNotApplicableReason()).isEqualTo("Al geregeld bij de start");
        assertThat(itemTitles().stream().filter(s -> s.text().equals(item.getTitle()))
                .map(s -> s.parent().text()))
                .as("the page shows the step as not applicable").isNotEmpty()
                .allMatch(line -> line.startsWith("Niet van toepassing"));
    }

    @Test
    void the_due_date_picker_offers_the_services_range_and_a_date_past_it_is_refused_at_the_field() {
        Traject traject = traject();
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        click(editFirstStep());
        ItemDialog dialog = $(ItemDialog.class).single();
        var dates = trajecten.view(traject.getId()).dates();
        assertThat(dialog.due.getMin()).isEqualTo(dates.earliest());
        assertThat(dialog.due.getMax()).isEqualTo(dates.latest());

        // as a request that ignores the picker's max would set it
        dialog.due.setValue(LocalDate.of(9999, 12, 31));
        click(dialog.save);
        String message = "Kies bij ‘Uiterlijk klaar op’ een datum van 1 januari " + dates.firstYear()
                + " tot en met 31 december " + dates.lastYear() + ".";
        assertThat(notificationTexts()).contains(message);
        assertThat(dialog.due.isInvalid()).isTrue();
        assertThat(dialog.due.getErrorMessage()).isEqualTo(message);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(trajecten.view(traject.getId()).items()).allSatisfy(i -> assertThat(i.getDueDate()).isNull());
    }

    @Test
    void editing_an_item_that_someone_else_just_saved_reports_the_conflict_and_keeps_the_dialog_open() {
        Traject traject = traject();
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        click(editFirstStep());
        ItemDialog dialog = $(ItemDialog.class).single();
        ChecklistItem current = trajecten.view(traject.getId()).items().stream()
                .filter(i -> i.getTitle().equals(dialog.getHeaderTitle())).findFirst().orElseThrow();
        checklist.updateItem(current.getId(), current.getVersion(),
                new ItemChange(ItemStatus.BEZIG, "", null, null, "Collega", List.of()));

        test(dialog.notes).setValue("Ik");
        click(dialog.save);
        assertThat(notificationTexts()).contains("Iemand anders heeft dit intussen gewijzigd, dus je wijziging is niet "
                + "opgeslagen. Wat je hebt ingevuld staat er nog: kopieer het, open de pagina opnieuw en breng je "
                + "wijziging nog eens aan.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.notes.getValue()).isEqualTo("Ik");
        assertThat(stored(traject, current.getId()).getNotes()).isEqualTo("Collega");
    }

    @Test
    void after_opening_the_page_twice_and_saving_twice_each_click_opens_one_dialog_and_saves_once() {
        Traject traject = traject();
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        for (String notes : List.of("Eerste keer", "Tweede keer")) {
            click(editFirstStep());
            assertThat(openDialogs(ItemDialog.class)).as("one click, one dialog").hasSize(1);
            ItemDialog dialog = openDialogs(ItemDialog.class).getFirst();
            test(dialog.notes).setValue(notes);
            click(dialog.save);
            assertThat(openDialogs(ItemDialog.class)).isEmpty();
        }
        ChecklistItem first = firstStepOf(traject, Stage.VERKENNING);
        assertThat(first.getNotes()).isEqualTo("Tweede keer");
        assertThat(first.getVersion()).as("saved twice, once per click").isEqualTo(2);

        click(button("Naar de volgende fase"));
        assertThat(openConfirmations()).as("one click, one confirmation").hasSize(1);
        test(openConfirmations().getFirst()).confirm();
        assertThat(trajecten.find(traject.getId()).orElseThrow().getStage()).isEqualTo(Stage.GO_NO_GO);
        click(button("Archiveren"));
        assertThat(openConfirmations()).as("one click, one confirmation").hasSize(1);
    }

    @Test
    void adding_two_own_steps_adds_each_once_and_an_empty_title_is_marked_at_the_field() {
        Traject traject = traject();
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        TrajectDetailView view = navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        for (String title : List.of("Cliëntenraad informeren", "Ondernemingsraad informeren")) {
            var row = view.ownItemRow(Stage.VERKENNING);
            test(row.newTitle).setValue(title);
            click(row.add);
        }
        assertThat(trajecten.view(traject.getId()).items()).extracting(ChecklistItem::getTitle)
                .containsOnlyOnce("Cliëntenraad informeren", "Ondernemingsraad informeren");
        var row = view.ownItemRow(Stage.VERKENNING);
        assertThat(row.newTitle.getValue()).as("emptied after adding").isEmpty();

        click(row.add);
        assertThat(notificationTexts()).contains("Geef de stap een titel van hoogstens 200 tekens.");
        assertThat(row.newTitle.isInvalid()).isTrue();
    }

    @Test
    void the_list_opened_twice_reads_the_trajecten_once_per_filter_change() {
        navigate(TrajectListView.class);
        TrajectListView list = navigate(TrajectListView.class);
        List<String> statements = StatementCounter.statementsOf(() -> {
            list.overdueOnly.setValue(true);
            MockVaadin.clientRoundtrip();
        });
        assertThat(statements).filteredOn(sql -> sql.matches("(?is).*\\bfrom traject\\s.*")).hasSize(1);
    }

    @Test
    void the_traject_list_and_page_cost_the_same_statements_for_70_and_for_500_checklist_items() {
        Traject traject = traject();
        TestAccounts.signInAs(member);
        var pageFew = statementsToOpen("trajecten/" + traject.getId());
        var listFew = statementsToOpen("trajecten");
        try {
            new ManyRows(jdbc).checklistItems(traject.getId(), member.id(), 430);
            var pageMany = statementsToOpen("trajecten/" + traject.getId());
            var listMany = statementsToOpen("trajecten");
            assertThat(pageMany).hasSize(pageFew.size());
            assertThat(listMany).hasSize(listFew.size());
            // the person (once per request), the traject with its plan, its members, the checklist, its history of
            // stage changes, the decision advice, the linked role descriptions, the names and the activities
            assertThat(pageFew).hasSize(9);
            // the person, the people for the lead filter, one page of trajecten, their counts and the leads' names
            assertThat(listFew).hasSize(5);
        } finally {
            new ManyRows(jdbc).removeAll();
        }
    }

    @Test
    void the_traject_list_reads_the_same_rows_for_10_and_for_2000_trajecten_someone_may_not_see() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount otherLead = TestAccounts.withRole(users, Role.COORDINATOR);
        UserAccount otherMember = TestAccounts.withRole(users, Role.HR_ADVISEUR);
        TestAccounts.signInAs(lead);
        traject();
        TestAccounts.signInAs(member);
        try {
            new ManyRows(jdbc).trajecten(10, otherLead.id(), otherMember.id(), false);
            var ten = statementsToOpen("trajecten");
            int tenRows = rowsToOpen("trajecten");
            new ManyRows(jdbc).trajecten(1990, otherLead.id(), otherMember.id(), false);
            assertThat(statementsToOpen("trajecten")).hasSize(ten.size());
            assertThat(rowsToOpen("trajecten")).as("rows read").isEqualTo(tenRows);
        } finally {
            new ManyRows(jdbc).removeAll();
        }
    }

    @Test
    void the_traject_list_reads_one_page_for_a_beheerder_however_many_trajecten_there_are() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount otherMember = TestAccounts.withRole(users, Role.HR_ADVISEUR);
        long beheerder = users.findByEmail("beheerder@demo.nl").orElseThrow().id();
        try {
            new ManyRows(jdbc).trajecten(2000, beheerder, otherMember.id(), true);
            var twoThousand = statementsToOpen("trajecten");
            int twoThousandRows = rowsToOpen("trajecten");
            new ManyRows(jdbc).trajecten(2000, beheerder, otherMember.id(), true);
            assertThat(statementsToOpen("trajecten")).hasSize(twoThousand.size());
            assertThat(rowsToOpen("trajecten")).as("rows read").isEqualTo(twoThousandRows);
            assertThat(twoThousandRows).as("a page and what belongs to it, not every traject").isLessThan(2000);
        } finally {
            new ManyRows(jdbc).removeAll();
        }
    }

    @Test
    void someone_outside_a_closed_traject_gets_the_not_found_page() {
        Traject traject = traject();
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.MENTOR));
        UI.getCurrent().navigate("trajecten/" + traject.getId());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }
}
