package nl.kwartiermaker.roledescription.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.kwartiermaker.AsRendered;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.ManyRows;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.DownloadLink;
import nl.kwartiermaker.base.ui.DownloadLinkClick;
import nl.kwartiermaker.roledescription.ChangeAction;
import nl.kwartiermaker.roledescription.ContextAndTasks;
import nl.kwartiermaker.roledescription.DescriptionSection;
import nl.kwartiermaker.roledescription.EmploymentType;
import nl.kwartiermaker.roledescription.Placement;
import nl.kwartiermaker.roledescription.RoleDescription;
import nl.kwartiermaker.roledescription.RoleDescriptionChange;
import nl.kwartiermaker.roledescription.RoleDescriptionContent;
import nl.kwartiermaker.roledescription.RoleDescriptionDocumentService;
import nl.kwartiermaker.roledescription.RoleDescriptionReviewService;
import nl.kwartiermaker.roledescription.RoleDescriptionService;
import nl.kwartiermaker.roledescription.RoleDescriptionStatus;
import nl.kwartiermaker.roledescription.RoleDescriptionSummary;
import nl.kwartiermaker.roledescription.SupportAndDevelopment;
import nl.kwartiermaker.roledescription.TextBlock;
import nl.kwartiermaker.roledescription.TitleAndRoles;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RoleDescriptionViewsTest extends BrowserlessViewTest {

    static final Locale DUTCH = Locale.of("nl");

    @Autowired
    RoleDescriptionService descriptions;
    @Autowired
    RoleDescriptionReviewService reviews;
    @Autowired
    RoleDescriptionDocumentService documents;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount hr;
    UserAccount reviewer;
    UserAccount colleague;

    @BeforeEach
    void accounts() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        hr = TestAccounts.withRole(users, Role.HR_ADVISEUR);
        reviewer = TestAccounts.withRole(users, Role.ERVARINGSDESKUNDIGE);
        colleague = TestAccounts.withRole(users, Role.MEDEWERKER);
        TestAccounts.signInAs(hr);
    }

    RoleDescription draft() {
        return descriptions.create("Ervaringsdeskundige " + UUID.randomUUID().toString().substring(0, 6));
    }

    RoleDescription adopted() {
        RoleDescription draft = draft();
        RoleDescription review = approved(reviews.submitForReview(draft.getId(), draft.getVersion(),
                reviewer.id()));
        return reviews.adopt(review.getId(), review.getVersion());
    }

    /** The chosen reviewer approves the version; HR is signed in again afterwards. */
    RoleDescription approved(RoleDescription review) {
        TestAccounts.signInAs(reviewer);
        RoleDescription approved = reviews.approve(review.getId(), review.getVersion(), "");
        TestAccounts.signInAs(hr);
        return approved;
    }

    Builder openBuilder(RoleDescription description) {
        UI.getCurrent().navigate("functieprofielen/" + description.getId());
        return ((RoleDescriptionView) getCurrentView()).builder;
    }

    List<String> warningRules(Builder builder) {
        return builder.warnings.getChildren().flatMap(c -> c.getChildren()).filter(c -> c instanceof ListItem)
                .map(c -> c.getElement().getAttribute("data-rule")).toList();
    }

    /** Opens a closed section of the page, which builds its content only then. */
    Details openSection(String className) {
        Details section = $(Details.class).withClassName(className).single();
        section.setOpened(true);
        return section;
    }

    String currentStepMarker() {
        return $(Button.class).all().stream().filter(b -> "step".equals(b.getElement().getAttribute("aria-current")))
                .map(Button::getText).findFirst().orElse("");
    }

    Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    List<ChangeAction> history(RoleDescription description) {
        return descriptions.page(description.getId(), DUTCH).changes().stream()
                .filter(c -> c.getDescriptionId() == description.getId()).map(RoleDescriptionChange::getAction)
                .toList();
    }


    @Test
    void the_builder_goes_step_by_step_saving_each_step_and_marks_the_current_one() {
        RoleDescription draft = draft();
        Builder builder = openBuilder(draft);
        assertThat(builder.current()).isEqualTo(Builder.Step.TITLE);
        assertThat(currentStepMarker()).isEqualTo("1. Titel en rollen");
        assertThat(test(builder.back).isUsable()).isFalse();

        builder.theme.setValue("armoede en schulden");
        test(builder.next).click();
        assertThat(builder.current()).isEqualTo(Builder.Step.TASKS);
        assertThat(currentStepMarker()).isEqualTo("2. Context en taken");
        assertThat(descriptions.find(draft.getId()).orElseThrow().getTheme()).isEqualTo("armoede en schulden");

        builder.tasks.setValue("Spreekuur\n\nMeedenken over beleid");
        test(builder.back).click();
        assertThat(builder.current()).isEqualTo(Builder.Step.TITLE);
        assertThat(descriptions.find(draft.getId()).orElseThrow().content().contextAndTasks().tasks())
                .containsExactly("Spreekuur", "Meedenken over beleid");
    }

    @Test
    void only_the_open_step_is_built_and_the_closed_sections_are_built_when_opened() {
        Builder builder = openBuilder(draft());
        assertThat($(TextArea.class).all()).as("the title step has none, the vacancy section is closed").isEmpty();
        builder.go(Builder.Step.FREE);
        assertThat($(TextArea.class).all()).containsExactly(builder.free);
        assertThat(builder.title).isNull();

        Details interview = $(Details.class).withClassName("roledesc-interview").single();
        assertThat(interview.getContent()).isEmpty();
        interview.setOpened(true);
        assertThat(interview.getElement().getTextRecursively()).contains("Bron:");
    }

    @Test
    void the_builder_presents_the_competence_levels_as_the_organisations_own_scale_and_pay_as_seed_001_words_it() {
        Builder builder = openBuilder(draft());
        builder.go(Builder.Step.COMPETENCES);
        String step = builder.getElement().getTextRecursively();
        assertThat(step).contains("De niveaus zijn een eigen schaal van de organisatie.",
                "Basis, Gevorderd en Senior zijn de eigen schaal van jullie organisatie, geen niveaus uit het BCP-E");
        assertThat(step).doesNotContain("het niveau dat de functie vraagt.");

        builder.go(Builder.Step.TERMS);
        assertThat(builder.payGuidance.getHelperText()).isEqualTo("Vuistregel: dezelfde beloning als de collega’s met "
                + "wie de ervaringsdeskundige op gelijkwaardige basis samenwerkt.");
    }

    @Test
    void each_step_form_writes_its_own_part_of_the_content_and_shows_what_was_saved() {
        RoleDescription draft = draft();
        Builder builder = openBuilder(draft);
        builder.go(Builder.Step.COMPETENCES);
        test(builder.competences.levels.get(nl.kwartiermaker.roledescription.Competence.ADVICE)).selectItem("Senior");
        builder.go(Builder.Step.POSITIONING);
        builder.expertsInTeam.setValue(3);
        builder.lineManager.setValue("Teamleider Zuid");
        builder.go(Builder.Step.SUPPORT);
        builder.mentor.setValue(true);
        builder.development.setValue("Opleiding");
        builder.go(Builder.Step.FREE);

        RoleDescriptionContent saved = descriptions.find(draft.getId()).orElseThrow().content();
        assertThat(saved.competences().levels())
                .containsExactly(java.util.Map.entry(nl.kwartiermaker.roledescription.Competence.ADVICE,
                        nl.kwartiermaker.roledescription.CompetenceLevel.SENIOR));
        assertThat(saved.placement()).isEqualTo(new Placement(null, 3, false, false, "", "Teamleider Zuid"));
        assertThat(saved.support()).isEqualTo(new SupportAndDevelopment(true, false, false, false, "", false,
                "Opleiding"));

        Builder reopened = openBuilder(draft);
        assertThat(reopened.expertsInTeam).as("only the open step's fields are built").isNull();
        reopened.go(Builder.Step.POSITIONING);
        assertThat(reopened.expertsInTeam.getValue()).isEqualTo(3);
        reopened.go(Builder.Step.COMPETENCES);
        assertThat(reopened.competences.getValue()).containsEntry(nl.kwartiermaker.roledescription.Competence.ADVICE,
                nl.kwartiermaker.roledescription.CompetenceLevel.SENIOR);
        reopened.go(Builder.Step.SUPPORT);
        assertThat(reopened.development.getValue()).isEqualTo("Opleiding");
    }

    @Test
    void a_refused_value_stays_on_its_step_with_a_dutch_message_at_the_field_and_nothing_typed_is_lost() {
        RoleDescription draft = draft();
        Builder builder = openBuilder(draft);
        builder.go(Builder.Step.TERMS);
        builder.payGuidance.setValue("Gelijk aan collega’s");
        builder.hoursPerWeek.setValue(60);
        test(builder.next).click();
        assertThat(builder.current()).isEqualTo(Builder.Step.TERMS);
        assertThat(builder.hoursPerWeek.isInvalid()).isTrue();
        assertThat(builder.hoursPerWeek.getErrorMessage()).isEqualTo("Vul een aantal uren per week in van 1 tot en met 40.");
        assertThat(builder.payGuidance.getValue()).isEqualTo("Gelijk aan collega’s");

        builder.hoursPerWeek.setValue(32);
        test(builder.save).click();
        assertThat(builder.hoursPerWeek.isInvalid()).isFalse();
        test(builder.next).click();
        assertThat(builder.current()).isEqualTo(Builder.Step.SUPPORT);
        assertThat(descriptions.find(draft.getId()).orElseThrow().content().terms().hoursPerWeek()).isEqualTo(32);
    }

    @Test
    void leaving_the_page_saves_the_open_step_and_an_unsavable_step_asks_first() {
        RoleDescription draft = draft();
        Builder builder = openBuilder(draft);
        builder.theme.setValue("wonen");
        UI.getCurrent().navigate("functieprofielen");
        assertThat(getCurrentView()).isInstanceOf(RoleDescriptionListView.class);
        assertThat(descriptions.find(draft.getId()).orElseThrow().getTheme()).isEqualTo("wonen");

        builder = openBuilder(draft);
        builder.title.setValue("");
        UI.getCurrent().navigate("functieprofielen");
        assertThat(getCurrentView()).isInstanceOf(RoleDescriptionView.class);
        assertThat(builder.title.isInvalid()).isTrue();
        assertThat($(ConfirmDialog.class).all()).hasSize(1);
    }

    @Test
    void leaving_or_changing_step_without_a_change_asks_nothing_of_the_database() {
        Builder builder = openBuilder(draft());
        assertThat(StatementCounter.statementsOf(() -> assertThat(builder.storeIfChanged()).isTrue()))
                .isEmpty();

        builder.theme.setValue("wonen");
        assertThat(StatementCounter.statementsOf(() -> assertThat(builder.storeIfChanged()).isTrue()))
                .as("a change is saved").isNotEmpty();
        assertThat(StatementCounter.statementsOf(() -> builder.go(Builder.Step.TASKS))).isEmpty();
    }

    @Test
    void warnings_appear_at_their_step_while_hr_fills_it_in() {
        Builder builder = openBuilder(draft());
        assertThat(warningRules(builder)).isEmpty();
        builder.title.setValue("Herstelcoach");
        assertThat(warningRules(builder)).containsExactly("TITLE_WITHOUT_EXPERT");
        assertThat(builder.warnings.getElement().getTextRecursively()).contains("Bron: 001 Handreiking kwartiermaken");
        builder.title.setValue("Ervaringsdeskundige");
        assertThat(warningRules(builder)).isEmpty();

        builder.go(Builder.Step.TERMS);
        builder.employmentType.setValue(EmploymentType.PAID);
        builder.hoursPerWeek.setValue(8);
        assertThat(warningRules(builder)).containsExactly("SMALL_CONTRACT");
        assertThat(builder.warnings.getElement().getTextRecursively()).contains("minder dan 16 uur")
                .as("the number is the portal's reading, not the seed's").contains("richtgetal van het portaal");

        builder.go(Builder.Step.FREE);
        assertThat(warningRules(builder)).contains("SMALL_CONTRACT", "NO_LINE_MANAGER", "NO_MENTOR_OR_INTERVISION");
    }

    @Test
    void saving_a_step_twice_saves_twice_with_one_notice_per_click() {
        RoleDescription draft = draft();
        Builder builder = openBuilder(draft);
        builder.theme.setValue("wonen");
        test(builder.save).click();
        builder.theme.setValue("werk");
        test(builder.save).click();
        assertThat(notificationTexts()).filteredOn("Opgeslagen."::equals).hasSize(2);
        assertThat(history(draft)).containsExactly(ChangeAction.EDITED, ChangeAction.EDITED, ChangeAction.CREATED);
    }

    @Test
    void opening_the_same_description_twice_opens_one_dialog_per_click_and_submits_once() {
        RoleDescription draft = draft();
        UI.getCurrent().navigate("functieprofielen/" + draft.getId());
        UI.getCurrent().navigate("functieprofielen/" + draft().getId());
        UI.getCurrent().navigate("functieprofielen/" + draft.getId());
        test(button("Ter review aanbieden")).click();
        assertThat($(Dialog.class).all()).hasSize(1);

        var reviewerField = $(com.vaadin.flow.component.combobox.ComboBox.class).single();
        test(reviewerField).selectItem(reviewer.displayName());
        test(button("Aanbieden")).click();
        assertThat(notificationTexts()).filteredOn(t -> t.startsWith("Het profiel ligt nu ter review"))
                .hasSize(1);
        assertThat(history(draft)).filteredOn(ChangeAction.SUBMITTED::equals).hasSize(1);
        // the reviewer approves while HR is elsewhere (leaving saves the open step)
        UI.getCurrent().navigate("functieprofielen");
        approved(descriptions.find(draft.getId()).orElseThrow());

        UI.getCurrent().navigate("functieprofielen/" + draft.getId());
        UI.getCurrent().navigate("functieprofielen/" + draft.getId());
        test(button("Vaststellen")).click();
        assertThat($(ConfirmDialog.class).all()).hasSize(1);
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(history(draft)).filteredOn(ChangeAction.ADOPTED::equals).hasSize(1);
        assertThat(descriptions.find(draft.getId()).orElseThrow().getStatus()).isEqualTo(RoleDescriptionStatus.ADOPTED);
    }

    @Test
    void the_list_opened_twice_creates_one_description_per_click() {
        UI.getCurrent().navigate("functieprofielen");
        UI.getCurrent().navigate("functieprofielen");
        test(button("Nieuw functieprofiel")).click();
        assertThat($(Dialog.class).all()).hasSize(1);
        String title = "Ervaringsdeskundige eenmaal " + UUID.randomUUID().toString().substring(0, 6);
        test($(TextField.class, $(Dialog.class).single()).single()).setValue(title);
        test(button("Aanmaken")).click();
        assertThat(getCurrentView()).isInstanceOf(RoleDescriptionView.class);
        assertThat(descriptions.count(new RoleDescriptionService.Filter(null, title, null))).isEqualTo(1);
    }

    @Test
    void an_action_on_a_version_someone_else_changed_meanwhile_is_refused_with_the_conflict_message() {
        RoleDescription draft = draft();
        RoleDescription review = approved(reviews.submitForReview(draft.getId(), draft.getVersion(),
                reviewer.id()));
        UI.getCurrent().navigate("functieprofielen/" + review.getId());
        // a colleague saves the vacancy text while this page is open
        documents.saveVacancy(review.getId(), review.getVersion(), "Kom bij ons werken.");

        test(button("Vaststellen")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        asFromTheBrowser(() -> test(confirm).confirm());
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Iemand anders heeft dit intussen gewijzigd"));
        assertThat(descriptions.find(review.getId()).orElseThrow().getStatus())
                .isEqualTo(RoleDescriptionStatus.IN_REVIEW);
    }

    @Test
    void a_refused_action_without_a_field_reaches_the_portal_error_handler_and_says_why() {
        RoleDescription adopted = adopted();
        UI.getCurrent().navigate("functieprofielen/" + adopted.getId());
        // another editor starts the next version first; this page still offers to
        descriptions.newVersion(adopted.getId());
        Button newVersion = button("Nieuwe versie maken");
        asFromTheBrowser(() -> test(newVersion).click());
        assertThat(notificationTexts()).contains("Er is al een nieuwe versie in bewerking. Open die versie.");
        assertThat($(Dialog.class).all()).isEmpty();
    }

    @Test
    void a_refused_own_text_block_keeps_the_dialog_open_with_the_message_at_the_field() {
        RoleDescription draft = draft();
        UI.getCurrent().navigate("functieprofielen/" + draft.getId());
        openSection("roledesc-history");
        test(button("Eigen tekstblok toevoegen")).click();
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        Select<DescriptionSection> section = $(Select.class, dialog).single();
        test(section).selectItem("Ondersteuning");
        test($(Button.class).all().stream().filter(b -> "Opslaan".equals(b.getText())
                && b.findAncestor(Dialog.class) == dialog).findFirst().orElseThrow()).click();
        TextField title = $(TextField.class, dialog).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("150");
        assertThat(title.getMaxLength()).isEqualTo(RoleDescription.TITLE_MAX);
    }

    @Test
    void hr_sends_for_review_and_the_reviewer_comments_per_section() {
        RoleDescription draft = draft();
        RoleDescription review = reviews.submitForReview(draft.getId(), draft.getVersion(), reviewer.id());
        TestAccounts.signInAs(reviewer);
        UI.getCurrent().navigate("functieprofielen/" + review.getId());
        RoleDescriptionView view = (RoleDescriptionView) getCurrentView();
        assertThat(view.builder).isNull();
        TextArea field = $(TextArea.class).all().stream()
                .filter(t -> t.getLabel().equals("Opmerking bij Positionering")).findFirst().orElseThrow();
        field.setValue("Noem de vakgroep.");
        Button post = $(Button.class).all().stream()
                .filter(b -> "Opmerking plaatsen bij Positionering".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        test(post).click();
        assertThat(notificationTexts()).contains("Je opmerking is geplaatst.");
        TestAccounts.signInAs(hr);
        assertThat(descriptions.page(review.getId(), DUTCH).commentsOn(DescriptionSection.POSITIONING)).hasSize(1);
    }

    @Test
    void a_colleague_reads_an_adopted_description_without_builder_and_does_not_find_a_draft() {
        RoleDescription adopted = adopted();
        RoleDescription draft = draft();
        TestAccounts.signInAs(colleague);
        UI.getCurrent().navigate("functieprofielen/" + adopted.getId());
        RoleDescriptionView view = (RoleDescriptionView) getCurrentView();
        assertThat(view.builder).isNull();
        assertThat(view.getPageTitle()).startsWith(adopted.fullTitle());
        assertThat($(Anchor.class).all()).anySatisfy(a -> assertThat(a.getText()).isEqualTo("PDF"));
        UI.getCurrent().navigate("functieprofielen/" + draft.getId());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void a_download_that_cannot_be_made_says_why_on_the_page() {
        RoleDescription draft = draft();
        UI.getCurrent().navigate("functieprofielen/" + draft.getId());
        openSection("roledesc-downloads");
        DownloadLink pdf = $(DownloadLink.class).all().stream()
                .filter(l -> l.hasClassName("download-description-pdf")).findFirst().orElseThrow();
        // the person loses the right to see the draft while the page is open
        TestAccounts.signInAs(colleague);
        DownloadLinkClick.on(pdf);
        assertThat(notificationTexts()).containsExactly("Dit functieprofiel bestaat niet of je mag het niet zien.");
    }

    @Test
    void picking_a_text_block_adds_its_text_to_the_field() {
        Builder builder = openBuilder(draft());
        builder.go(Builder.Step.SUPPORT);
        builder.support.setValue("Eigen zin.");
        @SuppressWarnings("unchecked")
        Select<TextBlock> picker = $(Select.class).all().stream()
                .filter(s -> "Tekstblok invoegen bij Ondersteuning".equals(s.getLabel())).findFirst().orElseThrow();
        var block = descriptions.textBlocks().stream().filter(b -> b.section() == DescriptionSection.SUPPORT)
                .findFirst().orElseThrow();
        test(picker).selectItem(block.title());
        assertThat(builder.support.getValue()).startsWith("Eigen zin.").endsWith(block.text());
    }

    @Test
    void two_versions_are_compared_side_by_side_with_changed_sections_marked() {
        RoleDescription first = adopted();
        RoleDescription second = descriptions.newVersion(first.getId());
        ContextAndTasks work = second.content().contextAndTasks();
        descriptions.update(second.getId(), second.getVersion(), second.content().with(new ContextAndTasks(
                "Nieuwe context", work.domains(), work.coreTasks(), work.tasks())));
        UI.getCurrent().navigate("functieprofielen/" + second.getId());
        openSection("roledesc-history");

        test(button("Versies vergelijken")).click();
        VersionComparison comparison = $(VersionComparison.class).single();
        assertThat(comparison.isOpened()).isTrue();
        assertThat(changedRows(comparison)).hasSize(1).first().asString().startsWith("Context en werkgebied");
        assertThat(comparison.table.getElement().getTextRecursively()).contains("Nieuwe context", "Nog niet ingevuld.");

        test(comparison.left).selectItem("Versie 2 (Concept)");
        assertThat(changedRows(comparison)).isEmpty();
        assertThat(comparison.table.getElement().getTextRecursively()).doesNotContain("Nog niet ingevuld.\nNieuwe");
    }

    private static List<String> changedRows(VersionComparison comparison) {
        return comparison.table.getChildren().filter(row -> row.getElement().getClassList().contains("changed"))
                .map(row -> row.getElement().getChild(0).getTextRecursively()).toList();
    }

    @Test
    void the_traject_page_links_the_role_description_at_its_fase_2_step() {
        long trajectId = descriptions.trajectNames().keySet().iterator().next();
        RoleDescription draft = draft();
        RoleDescriptionContent content = draft.content();
        descriptions.update(draft.getId(), draft.getVersion(), content.with(new TitleAndRoles(content.title(),
                "wonen", Set.of(), trajectId)));
        UI.getCurrent().navigate("trajecten/" + trajectId);
        // a stage's steps are built when its section opens
        $(Details.class).withClassName("checklist").all().forEach(d -> d.setOpened(true));
        // a step's texts are markup (issue 18), its document link a plain "a" in it
        assertThat(AsRendered.of(getCurrentView().getElement()).select("a")).anySatisfy(a -> {
            assertThat(a.attr("href")).isEqualTo("functieprofielen/" + draft.getId());
            assertThat(a.text()).startsWith("Functieprofiel: " + draft.getTitle() + " wonen");
        });
    }

    @Test
    void the_list_filters_by_status_and_theme() {
        RoleDescription adopted = adopted();
        UI.getCurrent().navigate("functieprofielen");
        RoleDescriptionListView list = (RoleDescriptionListView) getCurrentView();
        list.status.setValue(RoleDescriptionStatus.ADOPTED);
        list.theme.setValue(adopted.getTitle());
        assertThat(rows(list)).extracting(RoleDescriptionSummary::id).containsExactly(adopted.getId());
        list.status.setValue(RoleDescriptionStatus.DRAFT);
        assertThat(rows(list)).isEmpty();
        list.status.clear();
        list.theme.setValue("geen-thema-dat-bestaat");
        assertThat(test(list.grid).size()).isZero();
    }

    private List<RoleDescriptionSummary> rows(RoleDescriptionListView list) {
        return IntStream.range(0, test(list.grid).size()).mapToObj(i -> test(list.grid).getRow(i)).toList();
    }

    @Test
    void the_list_and_the_page_cost_the_same_statements_and_rows_for_few_and_for_2000_descriptions_more() {
        RoleDescription small = draft();
        var listFew = statementsToOpen("functieprofielen");
        var pageFew = statementsToOpen("functieprofielen/" + small.getId());
        int listRowsFew = rowsToOpen("functieprofielen");
        int pageRowsFew = rowsToOpen("functieprofielen/" + small.getId());
        ManyRows many = new ManyRows(jdbc);
        try {
            many.roleDescriptions(2_000);
            var listMany = statementsToOpen("functieprofielen");
            var pageMany = statementsToOpen("functieprofielen/" + small.getId());
            int listRowsMany = rowsToOpen("functieprofielen");
            int pageRowsMany = rowsToOpen("functieprofielen/" + small.getId());
            int pageSize = ((RoleDescriptionListView) navigate("functieprofielen")).grid.getPageSize();

            assertThat(listMany).hasSize(listFew.size());
            assertThat(pageMany).hasSize(pageFew.size());
            // the list reads one page of the newest versions, not every version with its collections
            assertThat(listRowsMany).isLessThanOrEqualTo(listRowsFew + pageSize);
            assertThat(pageRowsMany).isEqualTo(pageRowsFew);
        } finally {
            many.removeAll();
        }
        // the person, the traject names for the filter, the number of lines, one page of lines
        assertThat(listFew).hasSize(4);
        // the person, the description and its five collections, its versions, comments and changes, the names of
        // the people in its history, the traject names, the organisation for the vacancy text, then the builder's own
        // text blocks
        assertThat(pageFew).hasSize(14);
    }

    // --- the review step (issue 11 item 5) ---

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private Button footerButton(Dialog dialog, String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())
                && b.findAncestor(Dialog.class) == dialog).findFirst().orElseThrow();
    }

    @Test
    void hr_waits_for_the_approval_with_the_adopt_button_disabled_and_the_reviewer_approves_from_the_review_part() {
        RoleDescription draft = draft();
        RoleDescription review = reviews.submitForReview(draft.getId(), draft.getVersion(), reviewer.id());
        UI.getCurrent().navigate("functieprofielen/" + review.getId());
        assertThat(button("Vaststellen").isEnabled()).isFalse();
        assertThat(pageText()).contains("Vaststellen kan pas als " + reviewer.displayName()
                + " het profiel heeft goedgekeurd.");
        assertThat($(Button.class).all()).extracting(Button::getText)
                .doesNotContain("Goedkeuren", "Terugsturen", "Vaststellen zonder goedkeuring");

        UI.getCurrent().navigate("functieprofielen");
        TestAccounts.signInAs(reviewer);
        UI.getCurrent().navigate("functieprofielen/" + review.getId());
        RoleDescriptionView view = (RoleDescriptionView) getCurrentView();
        Button approve = button("Goedkeuren");
        assertThat(approve.findAncestor(com.vaadin.flow.component.html.Section.class).getId())
                .as("where the task in Mijn taken leads").hasValue("beoordeling");
        assertThat($(Button.class).all()).extracting(Button::getText).contains("Terugsturen")
                .doesNotContain("Vaststellen");
        test(approve).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextArea.class, dialog).single()).setValue("Helder profiel.");
        test(footerButton(dialog, "Profiel goedkeuren")).click();
        assertThat(notificationTexts()).contains("Je hebt het profiel goedgekeurd. De opsteller krijgt bericht.");
        assertThat(view.getElement().getTextRecursively()).contains("Goedgekeurd door " + reviewer.displayName(),
                "Helder profiel.");

        UI.getCurrent().navigate("functieprofielen");
        TestAccounts.signInAs(hr);
        UI.getCurrent().navigate("functieprofielen/" + review.getId());
        assertThat(button("Vaststellen").isEnabled()).isTrue();
        test(button("Vaststellen")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(descriptions.find(review.getId()).orElseThrow().getStatus()).isEqualTo(RoleDescriptionStatus.ADOPTED);
    }

    @Test
    void sending_back_asks_a_summary_at_the_field_and_the_author_then_reads_it_on_the_page() {
        RoleDescription draft = draft();
        RoleDescription review = reviews.submitForReview(draft.getId(), draft.getVersion(), reviewer.id());
        TestAccounts.signInAs(reviewer);
        UI.getCurrent().navigate("functieprofielen/" + review.getId());
        test(button("Terugsturen")).click();
        Dialog dialog = $(Dialog.class).single();
        test(footerButton(dialog, "Profiel terugsturen")).click();
        TextArea summary = $(TextArea.class, dialog).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).startsWith("Schrijf wat er moet veranderen");
        test(summary).setValue("Noem de uren per week.");
        test(footerButton(dialog, "Profiel terugsturen")).click();
        assertThat(descriptions.find(review.getId()).orElseThrow().getStatus()).isEqualTo(RoleDescriptionStatus.DRAFT);

        UI.getCurrent().navigate("functieprofielen");
        TestAccounts.signInAs(hr);
        UI.getCurrent().navigate("functieprofielen/" + review.getId());
        assertThat(pageText()).contains("Teruggestuurd door " + reviewer.displayName(), "Noem de uren per week.");
        assertThat($(Button.class).all()).extracting(Button::getText).contains("Ter review aanbieden");
    }

    @Test
    void a_beheerder_may_adopt_without_approval_and_the_reason_shows_in_the_history() {
        RoleDescription draft = draft();
        RoleDescription review = reviews.submitForReview(draft.getId(), draft.getVersion(), reviewer.id());
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.BEHEERDER));
        UI.getCurrent().navigate("functieprofielen/" + review.getId());
        assertThat(button("Vaststellen").isEnabled()).isFalse();
        test(button("Vaststellen zonder goedkeuring")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextArea.class, dialog).single()).setValue("De reviewer is drie maanden afwezig.");
        test(footerButton(dialog, "Toch vaststellen")).click();
        assertThat(descriptions.find(review.getId()).orElseThrow().getStatus()).isEqualTo(RoleDescriptionStatus.ADOPTED);
        assertThat(pageText()).contains("Vastgesteld zonder goedkeuring. Reden: De reviewer is drie maanden afwezig.");
        Details history = openSection("roledesc-history");
        assertThat(history.getElement().getTextRecursively()).contains("vastgesteld zonder goedkeuring",
                "De reviewer is drie maanden afwezig.");
    }

    @Test
    void the_author_answers_open_remarks_on_the_page_and_marks_them_resolved() {
        RoleDescription draft = draft();
        RoleDescription review = reviews.submitForReview(draft.getId(), draft.getVersion(), reviewer.id());
        TestAccounts.signInAs(reviewer);
        reviews.comment(review.getId(), DescriptionSection.PAY, "Noem de schaal.");
        TestAccounts.signInAs(hr);
        UI.getCurrent().navigate("functieprofielen/" + review.getId());
        assertThat(pageText()).contains("1 open opmerking", "Noem de schaal.");
        TextArea answer = $(TextArea.class).all().stream().filter(t -> "Je antwoord".equals(t.getLabel()))
                .findFirst().orElseThrow();
        test(answer).setValue("Schaal 8, staat er nu in.");
        test(button("Antwoorden")).click();
        assertThat(notificationTexts()).contains("Je antwoord is geplaatst.");
        assertThat(pageText()).contains(hr.displayName() + ": Schaal 8, staat er nu in.");

        Button resolve = $(Button.class).all().stream()
                .filter(b -> "Afgehandeld: Noem de schaal.".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        test(resolve).click();
        assertThat(pageText()).doesNotContain("open opmerking").contains("1 afgehandelde opmerking");
        assertThat($(Button.class).all()).extracting(Button::getText).doesNotContain("Afgehandeld");
    }

    @Test
    void the_history_shows_who_by_name_and_no_addresses() {
        RoleDescription adopted = adopted();
        UI.getCurrent().navigate("functieprofielen/" + adopted.getId());
        Details history = openSection("roledesc-history");
        String text = history.getElement().getTextRecursively();
        assertThat(text).contains(hr.displayName(), reviewer.displayName()).doesNotContain("@");
    }

    @Test
    void a_colleague_reading_an_adopted_description_sees_no_review_buttons() {
        RoleDescription adopted = adopted();
        TestAccounts.signInAs(colleague);
        UI.getCurrent().navigate("functieprofielen/" + adopted.getId());
        assertThat($(Button.class).all()).extracting(Button::getText).doesNotContain("Goedkeuren", "Terugsturen",
                "Vaststellen", "Vaststellen zonder goedkeuring", "Antwoorden", "Afgehandeld");
    }

    private com.vaadin.flow.component.Component navigate(String route) {
        UI.getCurrent().navigate(route);
        MockVaadin.clientRoundtrip();
        return (com.vaadin.flow.component.Component) getCurrentView();
    }
}
