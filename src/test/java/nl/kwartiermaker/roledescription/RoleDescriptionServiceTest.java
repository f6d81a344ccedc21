package nl.kwartiermaker.roledescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.traject.ChecklistLinks;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@DatabaseTest
class RoleDescriptionServiceTest {

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
    TrajectService trajecten;
    @Autowired
    nl.kwartiermaker.notification.NotificationService notifications;
    @Autowired
    PortalTime time;
    @Autowired
    RoleDescriptionTasks tasks;

    UserAccount hr;
    UserAccount beheerder;
    UserAccount reviewer;
    UserAccount colleague;

    @BeforeEach
    void accounts() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        hr = TestAccounts.withRole(users, Role.HR_ADVISEUR);
        beheerder = TestAccounts.withRole(users, Role.BEHEERDER);
        reviewer = TestAccounts.withRole(users, Role.ERVARINGSDESKUNDIGE);
        colleague = TestAccounts.withRole(users, Role.MEDEWERKER);
        TestAccounts.signInAs(hr);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static RoleDescriptionContent content(String title, String context) {
        return new RoleDescriptionContent(
                new TitleAndRoles(title, "armoede en schulden", Set.of(ExpertRole.ONDERSTEUNER), null),
                new ContextAndTasks(context, Set.of(), Set.of(CoreTask.INDIVIDUAL_RECOVERY),
                        List.of("Spreekuur in de wijk", "Meedenken over beleid")),
                new Competences(Map.of(Competence.ADVICE, CompetenceLevel.GEVORDERD)),
                new Placement(Positioning.EMBEDDED, 2, false, false, "", "Teamleider Noord"),
                new Terms(EmploymentType.PAID, 24, "Gelijk aan collega’s in schaal 8", "Cao Sociaal Werk",
                        "Tijd om te reflecteren"),
                new SupportAndDevelopment(true, true, false, true, "", false, ""),
                new FreeSpace(""));
    }

    static RoleDescriptionService.Filter titled(String words) {
        return new RoleDescriptionService.Filter(null, words, null);
    }

    RoleDescription draft() {
        return descriptions.create("Ervaringsdeskundige " + UUID.randomUUID().toString().substring(0, 6));
    }

    RoleDescription inReview() {
        RoleDescription draft = draft();
        return reviews.submitForReview(draft.getId(), draft.getVersion(), reviewer.id());
    }

    /** The chosen reviewer approves the version; HR is signed in again afterwards. */
    RoleDescription approved(RoleDescription review) {
        TestAccounts.signInAs(reviewer);
        RoleDescription approved = reviews.approve(review.getId(), review.getVersion(), "");
        TestAccounts.signInAs(hr);
        return approved;
    }

    RoleDescription adopted() {
        RoleDescription review = approved(inReview());
        return reviews.adopt(review.getId(), review.getVersion());
    }

    @Test
    void hr_creates_a_draft_that_saves_step_by_step() {
        RoleDescription draft = draft();
        assertThat(draft.getStatus()).isEqualTo(RoleDescriptionStatus.DRAFT);
        assertThat(draft.getVersionNumber()).isEqualTo(1);
        assertThat(draft.getLineageId()).isEqualTo(draft.getId());

        RoleDescription saved = descriptions.update(draft.getId(), draft.getVersion(),
                content(draft.getTitle(), "Wijkteam Noord, € 0 eigen bijdrage, cliënten"));
        RoleDescriptionContent read = descriptions.find(saved.getId()).orElseThrow().content();
        assertThat(read.contextAndTasks().context()).isEqualTo("Wijkteam Noord, € 0 eigen bijdrage, cliënten");
        assertThat(read.contextAndTasks().tasks()).containsExactly("Spreekuur in de wijk", "Meedenken over beleid");
        assertThat(read.competences().levels()).containsEntry(Competence.ADVICE, CompetenceLevel.GEVORDERD);
        assertThat(read.titleAndRoles().roles()).containsExactly(ExpertRole.ONDERSTEUNER);
    }

    @Test
    void a_beheerder_edits_too() {
        TestAccounts.signInAs(beheerder);
        RoleDescription draft = draft();
        assertThat(descriptions.update(draft.getId(), draft.getVersion(), content(draft.getTitle(), "x"))
                .content().contextAndTasks().context()).isEqualTo("x");
    }

    @Test
    void other_roles_cannot_create_or_edit() {
        RoleDescription draft = draft();
        TestAccounts.signInAs(colleague);
        assertThatThrownBy(() -> descriptions.create("Ervaringsdeskundige"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> descriptions.update(draft.getId(), draft.getVersion(), content("Ervaringsdeskundige",
                ""))).isInstanceOf(AuthorizationDeniedException.class);
        TestAccounts.signInAs(reviewer);
        assertThatThrownBy(() -> reviews.adopt(draft.getId(), draft.getVersion()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void others_read_adopted_descriptions_only() {
        RoleDescription draft = draft();
        RoleDescription review = inReview();
        RoleDescription adopted = adopted();
        TestAccounts.signInAs(colleague);
        assertThat(descriptions.find(draft.getId())).isEmpty();
        assertThat(descriptions.find(review.getId())).isEmpty();
        assertThat(descriptions.find(adopted.getId())).isPresent();
        assertThatThrownBy(() -> descriptions.page(draft.getId(), DUTCH)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> documents.export(draft.getId(), RoleDescriptionExport.Kind.DESCRIPTION,
                RoleDescriptionExport.Format.PDF, DUTCH)).isInstanceOf(InvalidInput.class);
        for (RoleDescription hidden : List.of(draft, review)) {
            assertThat(descriptions.list(titled(hidden.getTitle()), 0, 10)).isEmpty();
            assertThat(descriptions.count(titled(hidden.getTitle()))).isZero();
        }
        assertThat(descriptions.list(titled(adopted.getTitle()), 0, 10)).extracting(RoleDescriptionSummary::id)
                .containsExactly(adopted.getId());
    }

    @Test
    void the_list_shows_per_description_the_newest_version_that_passes_the_filter_a_page_at_a_time() {
        String marker = "lijst" + UUID.randomUUID().toString().substring(0, 6);
        RoleDescription first = descriptions.create("Ervaringsdeskundige " + marker + " a");
        first = approved(reviews.submitForReview(first.getId(), first.getVersion(), reviewer.id()));
        first = reviews.adopt(first.getId(), first.getVersion());
        RoleDescription firstNext = descriptions.newVersion(first.getId());
        RoleDescription second = descriptions.create("Ervaringsdeskundige " + marker + " b");
        RoleDescription third = descriptions.create("Ervaringsdeskundige " + marker + " c");

        assertThat(descriptions.list(titled(marker), 0, 10)).extracting(RoleDescriptionSummary::id)
                .containsExactly(firstNext.getId(), second.getId(), third.getId());
        assertThat(descriptions.count(titled(marker))).isEqualTo(3);
        assertThat(descriptions.list(titled(marker.toUpperCase(Locale.ROOT)), 1, 1))
                .extracting(RoleDescriptionSummary::id).containsExactly(second.getId());
        assertThat(descriptions.list(titled(marker), 2, 10)).extracting(RoleDescriptionSummary::id)
                .containsExactly(third.getId());
        var adoptedOnly = new RoleDescriptionService.Filter(RoleDescriptionStatus.ADOPTED, marker, null);
        assertThat(descriptions.list(adoptedOnly, 0, 10)).extracting(RoleDescriptionSummary::id,
                RoleDescriptionSummary::versionNumber).containsExactly(org.assertj.core.groups.Tuple.tuple(
                first.getId(), 1));
        // what people type is text: _ and % are no wildcards
        assertThat(descriptions.list(titled("deskundige_" + marker), 0, 10)).isEmpty();
        assertThat(descriptions.list(titled("%" + marker), 0, 10)).isEmpty();

        TestAccounts.signInAs(colleague);
        assertThat(descriptions.list(titled(marker), 0, 10)).extracting(RoleDescriptionSummary::id)
                .containsExactly(first.getId());
        assertThat(descriptions.count(titled(marker))).isEqualTo(1);
    }

    @Test
    void the_reviewer_reads_and_comments_per_section_while_in_review() {
        RoleDescription review = inReview();
        TestAccounts.signInAs(reviewer);
        RoleDescriptionPage page = descriptions.page(review.getId(), DUTCH);
        assertThat(page.mayComment()).isTrue();
        assertThat(page.mayEdit()).isFalse();
        reviews.comment(review.getId(), DescriptionSection.POSITIONING, "Zet er een tweede ervaringsdeskundige bij.");
        TestAccounts.signInAs(hr);
        RoleDescriptionPage seenByHr = descriptions.page(review.getId(), DUTCH);
        assertThat(seenByHr.commentsOn(DescriptionSection.POSITIONING)).extracting(ReviewComment::getText)
                .containsExactly("Zet er een tweede ervaringsdeskundige bij.");
        assertThat(seenByHr.commentsOn(DescriptionSection.PAY)).isEmpty();
        assertThat(seenByHr.nameOf(reviewer.id())).isEqualTo(reviewer.displayName());
    }

    @Test
    void only_the_chosen_reviewer_comments_and_only_in_review() {
        RoleDescription review = inReview();
        TestAccounts.signInAs(hr);
        assertThatThrownBy(() -> reviews.comment(review.getId(), DescriptionSection.TITLE, "Mooi"))
                .isInstanceOf(AccessDeniedException.class);
        TestAccounts.signInAs(colleague);
        assertThatThrownBy(() -> reviews.comment(review.getId(), DescriptionSection.TITLE, "Mooi"))
                .isInstanceOf(InvalidInput.class);
        TestAccounts.signInAs(hr);
        RoleDescription approved = approved(review);
        RoleDescription adopted = reviews.adopt(approved.getId(), approved.getVersion());
        TestAccounts.signInAs(reviewer);
        assertThatThrownBy(() -> reviews.comment(adopted.getId(), DescriptionSection.TITLE, "Te laat"))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.comment.status");
        TestAccounts.signInAs(hr);
        long otherId = inReview().getId();
        TestAccounts.signInAs(reviewer);
        assertThatThrownBy(() -> reviews.comment(otherId, DescriptionSection.TITLE, " "))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.comment");
    }

    @Test
    void the_workflow_goes_from_draft_through_review_to_adopted_and_not_back() {
        RoleDescription draft = draft();
        assertThatThrownBy(() -> reviews.adopt(draft.getId(), draft.getVersion()))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.adopt.status");
        RoleDescription review = reviews.submitForReview(draft.getId(), draft.getVersion(), reviewer.id());
        assertThat(review.getStatus()).isEqualTo(RoleDescriptionStatus.IN_REVIEW);
        assertThat(review.getReviewerId()).isEqualTo(reviewer.id());
        assertThatThrownBy(() -> reviews.submitForReview(review.getId(), review.getVersion(), reviewer.id()))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.submit.status");
        RoleDescription approved = approved(review);
        RoleDescription adopted = reviews.adopt(approved.getId(), approved.getVersion());
        assertThat(adopted.getStatus()).isEqualTo(RoleDescriptionStatus.ADOPTED);
        assertThat(adopted.getAdoptedBy()).isEqualTo(hr.email());
        assertThatThrownBy(() -> descriptions.update(adopted.getId(), adopted.getVersion(), content("Ervaringsdeskundige",
                "")))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.adopted");
    }

    @Test
    void the_chosen_reviewer_is_notified_in_the_portal() {
        RoleDescription review = inReview();
        TestAccounts.signInAs(reviewer);
        assertThat(notifications.mine(org.springframework.data.domain.PageRequest.of(0, 20)))
                .anySatisfy(n -> {
                    assertThat(n.getLink()).isEqualTo("functieprofielen/" + review.getId());
                    assertThat(n.getTitle()).contains(review.fullTitle());
                });
    }

    @Test
    void a_reviewer_must_be_an_existing_active_account() {
        RoleDescription draft = draft();
        assertThatThrownBy(() -> reviews.submitForReview(draft.getId(), draft.getVersion(), 987_654_321L))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.reviewer");
        assertThat(descriptions.find(draft.getId()).orElseThrow().getStatus()).isEqualTo(RoleDescriptionStatus.DRAFT);
    }

    @Test
    void editing_an_adopted_description_makes_a_new_version_and_the_adopted_one_stays_readable() {
        RoleDescription adopted = adopted();
        RoleDescription next = descriptions.newVersion(adopted.getId());
        assertThat(next.getVersionNumber()).isEqualTo(2);
        assertThat(next.getLineageId()).isEqualTo(adopted.getLineageId());
        assertThat(next.getStatus()).isEqualTo(RoleDescriptionStatus.DRAFT);
        assertThatThrownBy(() -> descriptions.newVersion(adopted.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.version.open");

        RoleDescription changed = descriptions.update(next.getId(), next.getVersion(), content(adopted.getTitle(),
                "Nieuwe context"));
        TestAccounts.signInAs(colleague);
        assertThat(descriptions.find(adopted.getId()).orElseThrow().content().contextAndTasks().context()).isEmpty();
        assertThat(descriptions.find(next.getId())).isEmpty();

        TestAccounts.signInAs(hr);
        RoleDescription review = approved(reviews.submitForReview(changed.getId(), changed.getVersion(),
                reviewer.id()));
        reviews.adopt(review.getId(), review.getVersion());
        assertThat(descriptions.find(adopted.getId()).orElseThrow().getStatus())
                .isEqualTo(RoleDescriptionStatus.SUPERSEDED);
        RoleDescriptionPage page = descriptions.page(next.getId(), DUTCH);
        assertThat(page.versions()).extracting(RoleDescriptionVersion::number).containsExactly(1, 2);
        assertThat(descriptions.list(titled(adopted.getTitle()), 0, 10))
                .extracting(RoleDescriptionSummary::id).containsExactly(next.getId());
    }

    @Test
    void who_changed_what_and_when_is_kept_per_version() {
        RoleDescription draft = draft();
        RoleDescription saved = descriptions.update(draft.getId(), draft.getVersion(), content(draft.getTitle(),
                "Context"));
        RoleDescriptionContent before = saved.content();
        Terms terms = before.terms();
        RoleDescriptionContent onlyPay = before.with(new Terms(terms.employmentType(), terms.hoursPerWeek(),
                "Schaal 9", terms.collectiveAgreement(), terms.conditions()));
        descriptions.update(saved.getId(), saved.getVersion(), onlyPay);
        List<RoleDescriptionChange> changes = descriptions.page(draft.getId(), DUTCH).changes();
        assertThat(changes).first().satisfies(c -> {
            assertThat(c.getAction()).isEqualTo(ChangeAction.EDITED);
            assertThat(c.getSections()).containsExactly(DescriptionSection.PAY);
            assertThat(c.getChangedBy()).isEqualTo(hr.email());
            // the portal's clock, which tests hold still, not the system's
            assertThat(c.getChangedAt()).isEqualTo(time.now());
        });
        assertThat(changes).extracting(RoleDescriptionChange::getAction).endsWith(ChangeAction.CREATED);
    }

    @Test
    void a_concurrent_edit_is_refused_instead_of_overwriting() {
        RoleDescription draft = draft();
        descriptions.update(draft.getId(), draft.getVersion(), content(draft.getTitle(), "Eerste"));
        assertThatThrownBy(() -> descriptions.update(draft.getId(), draft.getVersion(), content(draft.getTitle(),
                "Tweede"))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(descriptions.find(draft.getId()).orElseThrow().content().contextAndTasks().context()).isEqualTo("Eerste");
    }

    @Test
    void bad_input_is_refused_with_a_message_and_nothing_saved() {
        RoleDescription draft = draft();
        RoleDescription saved = descriptions.update(draft.getId(), draft.getVersion(), content(draft.getTitle(),
                "Bewaard"));
        RoleDescriptionContent c = content("", "Kwijt");
        assertThatThrownBy(() -> descriptions.update(saved.getId(), saved.getVersion(), c))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.title");
        RoleDescriptionContent tooManyHours = RoleDescriptionContent.titled("Ervaringsdeskundige")
                .with(new Terms(null, 41, "", "", ""));
        assertThatThrownBy(() -> descriptions.update(saved.getId(), saved.getVersion(), tooManyHours))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.hours");
        RoleDescriptionContent unknownTraject = RoleDescriptionContent.titled("Ervaringsdeskundige")
                .with(new TitleAndRoles("Ervaringsdeskundige", "", Set.of(), 987_654_321L));
        assertThatThrownBy(() -> descriptions.update(saved.getId(), saved.getVersion(), unknownTraject))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.traject");
        assertThat(descriptions.find(saved.getId()).orElseThrow().content().contextAndTasks().context()).isEqualTo("Bewaard");
    }

    @Test
    void the_page_carries_the_warnings_of_the_saved_content() {
        RoleDescription draft = draft();
        RoleDescriptionContent c = content(draft.getTitle(), "");
        RoleDescriptionContent single = c.with(new Placement(c.placement().positioning(), 1, false, false, "", ""))
                .with(new Terms(EmploymentType.PAID, 24, "", "", ""));
        descriptions.update(draft.getId(), draft.getVersion(), single);
        assertThat(descriptions.page(draft.getId(), DUTCH).warnings()).extracting(RoleDescriptionWarning::rule)
                .containsExactlyInAnyOrder(RoleDescriptionWarning.Rule.SINGLE_EXPERT,
                        RoleDescriptionWarning.Rule.NO_LINE_MANAGER);
    }

    @Test
    void the_vacancy_is_generated_from_the_description_and_hr_edits_it() {
        RoleDescription draft = draft();
        RoleDescription saved = descriptions.update(draft.getId(), draft.getVersion(), content(draft.getTitle(),
                "Wijkteam Noord"));
        String generated = documents.vacancy(saved.getId(), DUTCH);
        assertThat(generated).contains("zoekt een " + VacancyText.midSentence(saved.fullTitle()), "Wijkteam Noord",
                "Spreekuur in de wijk", "cao Sociaal Werk", "Teamleider Noord");
        RoleDescription edited = documents.saveVacancy(saved.getId(), saved.getVersion(), "Kom werken bij ons!");
        assertThat(documents.vacancy(saved.getId(), DUTCH)).startsWith("Kom werken bij ons!\n\nSolliciteren\n");
        documents.saveVacancy(edited.getId(), edited.getVersion(), "");
        assertThat(documents.vacancy(saved.getId(), DUTCH)).contains("Wijkteam Noord");
        TestAccounts.signInAs(colleague);
        assertThatThrownBy(() -> documents.saveVacancy(saved.getId(), 0, "x"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void interview_questions_come_from_the_seeds_plus_the_chosen_roles_and_competences() {
        RoleDescription draft = draft();
        descriptions.update(draft.getId(), draft.getVersion(), content(draft.getTitle(), ""));
        List<InterviewQuestion> questions = documents.interviewQuestions(draft.getId());
        assertThat(questions).filteredOn(q -> q.reason() == InterviewQuestion.Reason.GENERAL)
                .extracting(InterviewQuestion::text)
                .contains("Wat zijn jouw verwachtingen van je werk als ervaringsdeskundige?",
                        "Heb je behoefte aan supervisie, intervisie en uitwisseling met collega-ervaringsdeskundigen?");
        assertThat(questions).filteredOn(q -> q.reason() == InterviewQuestion.Reason.ROLE)
                .extracting(InterviewQuestion::reasonKey).containsExactly("traject.role.ondersteuner");
        assertThat(questions).filteredOn(q -> q.reason() == InterviewQuestion.Reason.COMPETENCE)
                .extracting(InterviewQuestion::reasonKey).containsExactly(Competence.ADVICE.labelKey());
        assertThat(questions).allSatisfy(q -> assertThat(q.source()).isNotBlank());
    }

    @Test
    void hr_adds_own_text_blocks_next_to_the_seed_library() {
        int before = descriptions.textBlocks().size();
        assertThat(descriptions.textBlocks()).filteredOn(b -> b.section() == DescriptionSection.SUPPORT).isNotEmpty()
                .allSatisfy(b -> assertThat(b.source()).isNotBlank());
        descriptions.addTextBlock(DescriptionSection.CONDITIONS, "Thuiswerken", "Je mag twee dagen thuiswerken.");
        assertThat(descriptions.textBlocks()).hasSize(before + 1)
                .anySatisfy(b -> assertThat(b.isOwn() && b.title().equals("Thuiswerken")).isTrue());
        assertThatThrownBy(() -> descriptions.addTextBlock(DescriptionSection.CONDITIONS, "", "x"))
                .isInstanceOf(InvalidInput.class);
        TestAccounts.signInAs(colleague);
        assertThatThrownBy(() -> descriptions.addTextBlock(DescriptionSection.CONDITIONS, "x", "y"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_description_linked_to_a_traject_shows_at_its_role_description_step() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        long trajectId = trajecten.list(TrajectService.Filter.active()).getFirst().id();
        TestAccounts.signInAs(beheerder);
        RoleDescription draft = draft();
        RoleDescriptionContent c = content(draft.getTitle(), "");
        RoleDescriptionContent linked = c.with(new TitleAndRoles(c.title(), c.titleAndRoles().theme(),
                c.titleAndRoles().roles(), trajectId));
        descriptions.update(draft.getId(), draft.getVersion(), linked);
        var view = trajecten.view(trajectId);
        var item = view.items().stream().filter(i -> "fase2.functieomschrijving.opstellen"
                .equals(i.getTemplateKey())).findFirst().orElseThrow();
        assertThat(view.linksOf(item)).extracting(ChecklistLinks.ItemLink::href)
                .contains("functieprofielen/" + draft.getId());
        assertThat(descriptions.list(new RoleDescriptionService.Filter(null, draft.getTitle(), trajectId), 0, 10))
                .extracting(RoleDescriptionSummary::id).containsExactly(draft.getId());
        assertThat(descriptions.list(new RoleDescriptionService.Filter(null, draft.getTitle(), trajectId + 1), 0, 10))
                .isEmpty();
    }

    // --- the review step (issue 11 item 5) ---

    @Test
    void a_description_is_adopted_only_after_someone_other_than_its_author_approved_it() {
        RoleDescription review = inReview();
        assertThatThrownBy(() -> reviews.adopt(review.getId(), review.getVersion()))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.adopt.approval");
        assertThat(descriptions.page(review.getId(), DUTCH).mayAdopt()).isFalse();

        RoleDescription approved = approved(review);
        assertThat(approved.getApprovedById()).isEqualTo(reviewer.id());
        assertThat(descriptions.page(review.getId(), DUTCH).mayAdopt()).isTrue();
        assertThat(reviews.adopt(approved.getId(), approved.getVersion()).getStatus())
                .isEqualTo(RoleDescriptionStatus.ADOPTED);
    }

    @Test
    void the_author_cannot_ask_themselves_to_review() {
        RoleDescription draft = draft();
        assertThatThrownBy(() -> reviews.submitForReview(draft.getId(), draft.getVersion(), hr.id()))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.reviewer.self");
        assertThat(descriptions.find(draft.getId()).orElseThrow().getStatus()).isEqualTo(RoleDescriptionStatus.DRAFT);
    }

    @Test
    void a_change_after_the_approval_needs_a_new_approval() {
        RoleDescription approved = approved(inReview());
        RoleDescription changed = descriptions.update(approved.getId(), approved.getVersion(),
                content(approved.getTitle(), "Een andere context"));
        assertThat(changed.getApprovedById()).isNull();
        assertThatThrownBy(() -> reviews.adopt(changed.getId(), changed.getVersion()))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.adopt.approval");
    }

    @Test
    void only_the_chosen_reviewer_approves_or_sends_back_and_sending_back_asks_a_summary() {
        RoleDescription review = inReview();
        assertThatThrownBy(() -> reviews.approve(review.getId(), review.getVersion(), ""))
                .isInstanceOf(AccessDeniedException.class);
        TestAccounts.signInAs(colleague);
        assertThatThrownBy(() -> reviews.sendBack(review.getId(), review.getVersion(), "Nee"))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.notfound");
        TestAccounts.signInAs(reviewer);
        assertThatThrownBy(() -> reviews.sendBack(review.getId(), review.getVersion(), "  "))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.sendback");

        RoleDescription back = reviews.sendBack(review.getId(), review.getVersion(),
                "Noem de vakgroep en de uren.");
        assertThat(back.getStatus()).isEqualTo(RoleDescriptionStatus.DRAFT);
        assertThat(back.isSentBack()).isTrue();
        assertThat(back.getReviewSummary()).isEqualTo("Noem de vakgroep en de uren.");
        assertThatThrownBy(() -> reviews.approve(back.getId(), back.getVersion(), ""))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.review.status");
        TestAccounts.signInAs(hr);
        assertThat(descriptions.page(review.getId(), DUTCH).changes()).first().satisfies(c -> {
            assertThat(c.getAction()).isEqualTo(ChangeAction.SENT_BACK);
            assertThat(c.getNote()).isEqualTo("Noem de vakgroep en de uren.");
        });
        RoleDescription again = reviews.submitForReview(back.getId(), back.getVersion(), reviewer.id());
        assertThat(again.isSentBack()).isFalse();
        assertThat(again.getReviewSummary()).isEmpty();
    }

    @Test
    void a_beheerder_may_adopt_without_approval_giving_a_reason_that_is_kept() {
        RoleDescription review = inReview();
        TestAccounts.signInAs(beheerder);
        assertThat(descriptions.page(review.getId(), DUTCH).mayOverride()).isTrue();
        assertThatThrownBy(() -> reviews.adoptWithoutApproval(review.getId(), review.getVersion(), " "))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.override");
        TestAccounts.signInAs(hr);
        assertThat(descriptions.page(review.getId(), DUTCH).mayOverride()).isFalse();
        assertThatThrownBy(() -> reviews.adoptWithoutApproval(review.getId(), review.getVersion(),
                "Reviewer lang ziek")).isInstanceOf(AuthorizationDeniedException.class);

        TestAccounts.signInAs(beheerder);
        RoleDescription adopted = reviews.adoptWithoutApproval(review.getId(), review.getVersion(),
                "De reviewer is drie maanden afwezig.");
        assertThat(adopted.getStatus()).isEqualTo(RoleDescriptionStatus.ADOPTED);
        assertThat(adopted.getOverrideReason()).isEqualTo("De reviewer is drie maanden afwezig.");
        assertThat(descriptions.page(adopted.getId(), DUTCH).changes()).first().satisfies(c -> {
            assertThat(c.getAction()).isEqualTo(ChangeAction.ADOPTED_OVERRIDE);
            assertThat(c.getNote()).isEqualTo("De reviewer is drie maanden afwezig.");
        });
    }

    @Test
    void the_author_answers_open_remarks_and_marks_them_resolved() {
        RoleDescription review = inReview();
        TestAccounts.signInAs(reviewer);
        ReviewComment remark = reviews.comment(review.getId(), DescriptionSection.POSITIONING,
                "Zet er een tweede ervaringsdeskundige bij.");
        TestAccounts.signInAs(hr);
        reviews.answer(remark.getId(), "Dat doen we in het tweede jaar.");
        RoleDescriptionPage page = descriptions.page(review.getId(), DUTCH);
        assertThat(page.mayAnswer()).isTrue();
        assertThat(page.openComments()).extracting(ReviewComment::getText)
                .containsExactly("Zet er een tweede ervaringsdeskundige bij.");
        assertThat(page.answersTo(page.openComments().getFirst())).singleElement().satisfies(a -> {
            assertThat(a.getText()).isEqualTo("Dat doen we in het tweede jaar.");
            assertThat(page.nameOf(a.getAuthorId())).isEqualTo(hr.displayName());
        });
        assertThat(page.commentsOn(DescriptionSection.POSITIONING)).as("answers stay with their remark").hasSize(1);

        TestAccounts.signInAs(reviewer);
        reviews.answer(remark.getId(), "Prima, noem dat dan.");
        assertThatThrownBy(() -> reviews.resolve(remark.getId())).isInstanceOf(AuthorizationDeniedException.class);
        TestAccounts.signInAs(colleague);
        assertThatThrownBy(() -> reviews.answer(remark.getId(), "Ik ook"))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.comment.notfound");

        TestAccounts.signInAs(hr);
        assertThatThrownBy(() -> reviews.answer(remark.getId(), " "))
                .isInstanceOf(InvalidInput.class).hasMessage("roledesc.error.answer");
        reviews.resolve(remark.getId());
        RoleDescriptionPage resolved = descriptions.page(review.getId(), DUTCH);
        assertThat(resolved.openComments()).isEmpty();
        assertThat(resolved.resolvedComments()).singleElement().satisfies(c -> {
            assertThat(c.getResolvedById()).isEqualTo(hr.id());
            assertThat(resolved.answersTo(c)).hasSize(2);
        });
        assertThat(resolved.changes()).extracting(RoleDescriptionChange::getAction)
                .startsWith(ChangeAction.RESOLVED, ChangeAction.ANSWERED, ChangeAction.ANSWERED);
    }

    @Test
    void the_history_names_people_not_their_addresses() {
        RoleDescription review = approved(inReview());
        RoleDescriptionPage page = descriptions.page(review.getId(), DUTCH);
        assertThat(page.changes()).extracting(page::nameOf)
                .containsExactly(reviewer.displayName(), hr.displayName(), hr.displayName())
                .noneMatch(name -> name.contains("@"));
    }

    @Test
    void reviews_waiting_and_descriptions_sent_back_or_approved_are_tasks_that_lead_to_the_review() {
        RoleDescription review = inReview();
        String link = "functieprofielen/" + review.getId() + "#beoordeling";
        TestAccounts.signInAs(reviewer);
        assertThat(tasksAbout(review)).singleElement().satisfies(task -> {
            assertThat(task.messageKey()).isEqualTo("tasks.roledesc.review");
            assertThat(task.link()).isEqualTo(link);
            assertThat(task.urgent()).isTrue();
        });
        TestAccounts.signInAs(hr);
        assertThat(tasksAbout(review)).isEmpty();

        TestAccounts.signInAs(reviewer);
        RoleDescription back = reviews.sendBack(review.getId(), review.getVersion(), "Noem de uren.");
        assertThat(tasksAbout(review)).as("nothing waits for the reviewer now").isEmpty();
        TestAccounts.signInAs(hr);
        assertThat(tasksAbout(review)).singleElement().satisfies(task -> {
            assertThat(task.messageKey()).isEqualTo("tasks.roledesc.sentback");
            assertThat(task.link()).isEqualTo(link);
        });

        RoleDescription approved = approved(reviews.submitForReview(back.getId(), back.getVersion(),
                reviewer.id()));
        assertThat(tasksAbout(review)).singleElement().extracting(PersonalTask::messageKey)
                .isEqualTo("tasks.roledesc.adopt");
        TestAccounts.signInAs(colleague);
        assertThat(tasksAbout(review)).isEmpty();
        TestAccounts.signInAs(hr);
        reviews.adopt(approved.getId(), approved.getVersion());
        assertThat(tasksAbout(review)).isEmpty();
    }

    private List<PersonalTask> tasksAbout(RoleDescription description) {
        return tasks.mine().stream().filter(t -> t.params().contains(description.fullTitle())).toList();
    }
}
