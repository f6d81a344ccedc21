package nl.kwartiermaker.roledescription.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.DownloadLink;
import nl.kwartiermaker.base.ui.DownloadLinkClick;
import nl.kwartiermaker.roledescription.EmploymentType;
import nl.kwartiermaker.roledescription.RoleDescription;
import nl.kwartiermaker.roledescription.RoleDescriptionContent;
import nl.kwartiermaker.roledescription.RoleDescriptionService;
import nl.kwartiermaker.roledescription.RoleDescriptionStatus;
import nl.kwartiermaker.roledescription.RoleDescriptionSummary;
import nl.kwartiermaker.roledescription.Section;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RoleDescriptionViewsTest extends BrowserlessViewTest {

    @Autowired
    RoleDescriptionService descriptions;
    @Autowired
    UserService users;

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

    Builder openBuilder(RoleDescription description) {
        UI.getCurrent().navigate("functieprofielen/" + description.getId());
        return ((RoleDescriptionView) getCurrentView()).builder;
    }

    List<String> warningRules(Builder builder) {
        return builder.warnings.getChildren().flatMap(c -> c.getChildren()).filter(c -> c instanceof ListItem)
                .map(c -> c.getElement().getAttribute("data-rule")).toList();
    }

    String currentStepMarker() {
        return $(Button.class).all().stream().filter(b -> "step".equals(b.getElement().getAttribute("aria-current")))
                .map(Button::getText).findFirst().orElse("");
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
        assertThat(descriptions.find(draft.getId()).orElseThrow().content().tasks())
                .containsExactly("Spreekuur", "Meedenken over beleid");
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
        test(builder.next).click();
        assertThat(builder.current()).isEqualTo(Builder.Step.SUPPORT);
        assertThat(builder.hoursPerWeek.isInvalid()).isFalse();
        assertThat(descriptions.find(draft.getId()).orElseThrow().content().hoursPerWeek()).isEqualTo(32);
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
        assertThat($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).all()).isNotEmpty();
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
        assertThat(builder.warnings.getElement().getTextRecursively()).contains("minder dan 16 uur");

        builder.go(Builder.Step.FREE);
        assertThat(warningRules(builder)).contains("SMALL_CONTRACT", "NO_LINE_MANAGER", "NO_MENTOR_OR_INTERVISION");
    }

    @Test
    void hr_sends_for_review_and_the_reviewer_comments_per_section() {
        RoleDescription draft = draft();
        RoleDescription review = descriptions.submitForReview(draft.getId(), draft.getVersion(), reviewer.id());
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
        assertThat(descriptions.page(review.getId()).commentsOn(Section.POSITIONING)).hasSize(1);
    }

    @Test
    void a_colleague_reads_an_adopted_description_without_builder_and_does_not_find_a_draft() {
        RoleDescription draft = draft();
        TestAccounts.signInAs(colleague);
        UI.getCurrent().navigate("functieprofielen/1");
        RoleDescriptionView view = (RoleDescriptionView) getCurrentView();
        assertThat(view.builder).isNull();
        assertThat($(Anchor.class).all()).anySatisfy(a -> assertThat(a.getText()).isEqualTo("PDF"));
        UI.getCurrent().navigate("functieprofielen/" + draft.getId());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void a_download_that_cannot_be_made_says_why_on_the_page() {
        RoleDescription draft = draft();
        UI.getCurrent().navigate("functieprofielen/" + draft.getId());
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
        var picker = (com.vaadin.flow.component.select.Select<nl.kwartiermaker.roledescription.TextBlock>)
                $(com.vaadin.flow.component.select.Select.class).all().stream()
                .filter(s -> "Tekstblok invoegen bij Ondersteuning".equals(s.getLabel())).findFirst().orElseThrow();
        var block = descriptions.textBlocks().stream().filter(b -> b.section() == Section.SUPPORT).findFirst()
                .orElseThrow();
        test(picker).selectItem(block.title());
        assertThat(builder.support.getValue()).startsWith("Eigen zin.").endsWith(block.text());
    }

    @Test
    void two_versions_are_compared_side_by_side_with_changed_sections_marked() {
        RoleDescription first = draft();
        first = descriptions.submitForReview(first.getId(), first.getVersion(), reviewer.id());
        first = descriptions.adopt(first.getId(), first.getVersion());
        RoleDescription second = descriptions.newVersion(first.getId());
        RoleDescriptionContent c = second.content();
        descriptions.update(second.getId(), second.getVersion(), new RoleDescriptionContent(c.title(), c.theme(),
                c.roles(), null, "Nieuwe context", c.coreTasks(), c.competences(), c.tasks(), c.positioning(),
                c.expertsInTeam(), c.tandem(), c.expertLeadsIntroduction(), c.positioningNotes(), c.lineManager(),
                c.hoursPerWeek(), c.employmentType(), c.payGuidance(), c.collectiveAgreement(), c.conditions(),
                c.mentor(), c.intervision(), c.supervision(), c.professionalNetwork(), c.support(), c.pathToPaid(),
                c.development(), c.free()));
        UI.getCurrent().navigate("functieprofielen/" + second.getId());
        VersionComparison comparison = new VersionComparison(descriptions.page(second.getId()).versions(),
                ((com.vaadin.flow.component.Component) getCurrentView())::getTranslation);
        List<String> changed = comparison.table.getChildren()
                .filter(row -> row.getElement().getClassList().contains("changed"))
                .map(row -> row.getElement().getChild(0).getTextRecursively()).toList();
        assertThat(changed).hasSize(1).first().asString().startsWith("Context en werkgebied");
        assertThat(comparison.table.getElement().getTextRecursively()).contains("Nieuwe context", "Nog niet ingevuld.");
    }

    @Test
    void the_traject_page_links_the_role_description_at_its_fase_2_step() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        long trajectId = descriptions.find(1).orElseThrow().getTrajectId();
        UI.getCurrent().navigate("trajecten/" + trajectId);
        // the traject is in fase 1; a later stage's steps are built when its section opens
        $(com.vaadin.flow.component.details.Details.class).withClassName("checklist").all().get(2).setOpened(true);
        assertThat($(Anchor.class).all()).anySatisfy(a -> {
            assertThat(a.getHref()).isEqualTo("functieprofielen/1");
            assertThat(a.getText()).startsWith("Functieprofiel: Ervaringsdeskundige psychische kwetsbaarheid");
        });
    }

    @Test
    void the_list_filters_by_status_and_theme() {
        UI.getCurrent().navigate("functieprofielen");
        RoleDescriptionListView list = (RoleDescriptionListView) getCurrentView();
        list.status.setValue(RoleDescriptionStatus.ADOPTED);
        List<RoleDescriptionSummary> adopted = test(list.grid).size() == 0 ? List.of()
                : IntStream.range(0, test(list.grid).size()).mapToObj(i -> test(list.grid).getRow(i)).toList();
        assertThat(adopted).isNotEmpty().allSatisfy(d -> assertThat(d.status()).isEqualTo(RoleDescriptionStatus.ADOPTED));
        list.status.clear();
        list.theme.setValue("geen-thema-dat-bestaat");
        assertThat(test(list.grid).size()).isZero();
    }

    @Test
    void the_list_and_the_builder_cost_the_same_statements_for_few_and_for_many_descriptions_and_tasks() {
        RoleDescription small = draft();
        var listFew = statementsToOpen("functieprofielen");
        var pageFew = statementsToOpen("functieprofielen/" + small.getId());
        List<Long> added = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            added.add(draft().getId());
        }
        RoleDescription big = draft();
        RoleDescriptionContent c = big.content();
        descriptions.update(big.getId(), big.getVersion(), new RoleDescriptionContent(c.title(), "veel taken", Set.of(),
                null, "", Set.of(), Map.of(), IntStream.range(0, 30).mapToObj(n -> "Taak " + n).toList(), null, null,
                false, false, "", "Leider", null, null, "", "", "", true, true, false, false, "", false, "", ""));
        var listMany = statementsToOpen("functieprofielen");
        var pageMany = statementsToOpen("functieprofielen/" + big.getId());
        assertThat(listMany).hasSize(listFew.size());
        assertThat(pageMany).hasSize(pageFew.size());
        // the person, the traject names for the filter, the descriptions with their five collections, the traject
        // names for the rows
        assertThat(listFew).hasSize(9);
        // the person, the description with its collections, its versions, comments and changes, the own text
        // blocks, the traject names, then the vacancy (description and organisation) and the interview questions
        assertThat(pageFew).hasSize(10);
    }
}
