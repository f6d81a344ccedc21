package nl.kwartiermaker.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.decision.DecisionForm;
import nl.kwartiermaker.decision.GoNoGoQuestions;
import nl.kwartiermaker.decision.GoNoGoService;
import nl.kwartiermaker.decision.Outcome;
import nl.kwartiermaker.decision.PreconditionAssessment;
import nl.kwartiermaker.decision.Rating;
import nl.kwartiermaker.knowledge.KnowledgeService;
import nl.kwartiermaker.knowledge.PageContent;
import nl.kwartiermaker.mentoring.CheckInForm;
import nl.kwartiermaker.mentoring.CheckInRhythm;
import nl.kwartiermaker.mentoring.CheckInService;
import nl.kwartiermaker.mentoring.Employment;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.GoalForm;
import nl.kwartiermaker.mentoring.GoalStatus;
import nl.kwartiermaker.mentoring.GrowthPlanService;
import nl.kwartiermaker.mentoring.IntervisionFixture;
import nl.kwartiermaker.mentoring.IntervisionGroup;
import nl.kwartiermaker.mentoring.IntervisionGroupForm;
import nl.kwartiermaker.mentoring.IntervisionService;
import nl.kwartiermaker.mentoring.IntervisionSession;
import nl.kwartiermaker.mentoring.IntervisionSessionForm;
import nl.kwartiermaker.mentoring.MentoringRegisterService;
import nl.kwartiermaker.mentoring.Mentorship;
import nl.kwartiermaker.mentoring.OnboardingService;
import nl.kwartiermaker.mentoring.PersonForm;
import nl.kwartiermaker.mentoring.RegisteredPerson;
import nl.kwartiermaker.mentoring.Seniority;
import nl.kwartiermaker.mentoring.SupervisionFocus;
import nl.kwartiermaker.mentoring.SupervisionForm;
import nl.kwartiermaker.mentoring.SupervisionService;
import nl.kwartiermaker.mentoring.SupportFixture;
import nl.kwartiermaker.mentoring.SupportKind;
import nl.kwartiermaker.pool.ExpertProfile;
import nl.kwartiermaker.pool.PoolExpert;
import nl.kwartiermaker.pool.PoolExpertService;
import nl.kwartiermaker.pool.PoolTestData;
import nl.kwartiermaker.pool.TrainingLevel;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.RoundForm;
import nl.kwartiermaker.readiness.ScanRound;
import nl.kwartiermaker.readiness.ScanRoundService;
import nl.kwartiermaker.roledescription.CoreTask;
import nl.kwartiermaker.roledescription.RoleDescriptionService;
import nl.kwartiermaker.security.AuditAction;
import nl.kwartiermaker.security.AuditService;
import nl.kwartiermaker.story.ConsentChoice;
import nl.kwartiermaker.story.DigestFrequency;
import nl.kwartiermaker.story.FeaturedPerson;
import nl.kwartiermaker.story.FeaturedRelation;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryConsentService;
import nl.kwartiermaker.story.StoryContent;
import nl.kwartiermaker.story.StoryDigestService;
import nl.kwartiermaker.story.StoryFixture;
import nl.kwartiermaker.story.StoryReactionService;
import nl.kwartiermaker.story.StoryWritingService;
import nl.kwartiermaker.traject.ChecklistItem;
import nl.kwartiermaker.traject.ChecklistService;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.ItemChange;
import nl.kwartiermaker.traject.ItemStatus;
import nl.kwartiermaker.traject.Stage;
import nl.kwartiermaker.traject.StartingPoint;
import nl.kwartiermaker.traject.Traject;
import nl.kwartiermaker.traject.TrajectForm;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.ProviderAccountService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person with data in every feature, made through the services as people would make it, is exported (every
 * feature's part present, with their data) and erased, after which no text column of any table in the database holds
 * their address, their name or any other unique text they gave.
 */
@DatabaseTest
class PersonalDataErasureTest {

    @Autowired
    PersonalDataRequestService requests;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    MentoringRegisterService register;
    @Autowired
    SupportFixture support;
    @Autowired
    CheckInService checkIns;
    @Autowired
    GrowthPlanService growth;
    @Autowired
    OnboardingService onboarding;
    @Autowired
    StoryWritingService writing;
    @Autowired
    StoryConsentService consent;
    @Autowired
    StoryReactionService reactions;
    @Autowired
    StoryDigestService digest;
    @Autowired
    StoryFixture stories;
    @Autowired
    PoolExpertService pool;
    @Autowired
    PoolTestData poolData;
    @Autowired
    TrajectService trajecten;
    @Autowired
    ChecklistService checklist;
    @Autowired
    GoNoGoService decisions;
    @Autowired
    GoNoGoQuestions questions;
    @Autowired
    RoleDescriptionService roleDescriptions;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    ScanRoundService scans;
    @Autowired
    PortalTime time;
    @Autowired
    DataSource dataSource;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    ProviderAccountService providerAccounts;
    @Autowired
    SupervisionService supervision;
    @Autowired
    IntervisionService intervision;
    @Autowired
    IntervisionFixture intervisionPeople;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String email = "wis-" + run + "@test.nl";
    final String name = "Quirijn Vlasblom " + run;
    /** Texts only this person wrote or gave, each unique to this run. */
    final List<String> ownTexts = List.of("situatie-" + run, "welzijn-" + run, "checkin-" + run, "groeidoel-" + run,
            "woonplaats-" + run, "regioband-" + run, "laatzien-" + run, "beschikbaar-" + run, "idp-subject-" + run);

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void erased_person_leaves_nothing_that_identifies_them_in_any_table() throws Exception {
        UserAccount person = personWithDataInEveryFeature();
        PersonRef found = findOne(person);

        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        JsonNode export = JsonMapper.builder().build().readTree(requests.exportJson(found, Locale.of("nl")));
        JsonNode features = export.get("features");
        assertThat(features.propertyNames()).containsExactlyInAnyOrder("base", "user", "security", "notification",
                "mentoring", "story", "pool", "traject", "decision", "roledescription", "knowledge", "readiness");
        assertThat(features.properties()).allSatisfy(feature -> assertThat(feature.getValue().get("records")
                .isEmpty()).as(feature.getKey() + " holds records about them").isFalse());
        assertThat(features.get("pool").get("records").propertyNames()).contains("poolExpert", "deployment",
                "realisedHours", "partnerContact");
        assertThat(features.get("mentoring").get("records").propertyNames()).contains("registerEntry",
                "personalNotes", "mentorship", "checkIn", "growthGoal", "onboardingTask", "supervision",
                "intervisionGroup");
        assertThat(features.get("story").get("records").propertyNames()).contains("featured", "reaction",
                "digestSubscription", "storyNaming");
        String exported = export.toString();
        assertThat(exported).contains(email, name).contains(ownTexts);
        assertThat(features.get("readiness").get("notes").get(0).asString()).contains("anoniem");
        assertThat(requests.exportPdf(found, Locale.of("nl"))).startsWith("%PDF".getBytes());
        assertThat(audit.search(new AuditService.Filter(Set.of(AuditAction.PERSONAL_DATA_EXPORTED), "beheerder@demo.nl",
                time.now().minusSeconds(600), time.now().plusSeconds(600)), Pageable.ofSize(100)))
                .anyMatch(line -> line.getObject().contains(email));

        List<String> identifying = new ArrayList<>(ownTexts);
        identifying.add(email);
        identifying.add(name);
        assertThat(textColumnsContaining(identifying)).as("the search finds them before erasure")
                .anyMatch(hit -> hit.startsWith("mail_outbox.")).anyMatch(hit -> hit.startsWith("audit_event."))
                .anyMatch(hit -> hit.startsWith("mentoring_personal_notes."))
                .anyMatch(hit -> hit.startsWith("story_featured_person."));

        PersonalDataRequestService.Erasure erasure = requests.erase(found);

        assertThat(erasure.pseudonym()).isEqualTo("verwijderd-persoon-" + person.id());
        assertThat(textColumnsContaining(identifying)).isEmpty();
        assertThat(users.findById(person.id()).orElseThrow()).satisfies(account -> {
            assertThat(account.active()).isFalse();
            assertThat(account.roles()).isEmpty();
            assertThat(account.email()).isEqualTo(erasure.pseudonym() + "@verwijderd.invalid");
        });
        assertThat(audit.search(new AuditService.Filter(Set.of(AuditAction.PERSONAL_DATA_ERASED), "beheerder@demo.nl",
                time.now().minusSeconds(600), time.now().plusSeconds(600)), Pageable.ofSize(100)))
                .anyMatch(line -> line.getObject().equals(erasure.pseudonym()));
        assertThat(requests.find(run)).isEmpty();
    }

    @Test
    void someone_without_an_account_is_found_by_name_once_and_erased_everywhere() throws Exception {
        String volunteer = "Wilhelmina Oosterbeek " + run;
        String address = "vrijwilliger-" + run + "@test.nl";
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount coordinator = TestAccounts.withRole(users, Role.COORDINATOR);
        UserAccount author = TestAccounts.withRole(users, Role.MEDEWERKER);
        TestAccounts.signInAs(coordinator);
        register.register(new PersonForm(volunteer, address, null, true, time.today(), "Team Oost", null,
                Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE), Employment.VOLUNTEER, 4, false, false, null, 0, true,
                "", false));
        TestAccounts.signInAs(author);
        Story story = writing.start(new StoryContent("Een buurtavond", "Over de avond", "Samen met " + volunteer
                + " organiseerden we een avond.", "Meer contact", Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE),
                Set.of(ExpertRole.ONDERSTEUNER), null));
        writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(null, volunteer,
                FeaturedRelation.PARTNER));

        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        List<PersonRef> found = requests.find("Oosterbeek " + run);
        assertThat(found).singleElement().satisfies(person -> {
            assertThat(person.userId()).isNull();
            assertThat(person.emails()).containsExactly(address);
            assertThat(person.names()).containsExactly(volunteer);
        });
        PersonalDataRequestService.Erasure erasure = requests.erase(found.getFirst());

        assertThat(erasure.pseudonym()).startsWith("verwijderd-persoon-");
        assertThat(erasure.changedByFeature()).containsKeys("mentoring", "story");
        assertThat(textColumnsContaining(List.of(volunteer, address))).isEmpty();
    }

    @Test
    void erasing_someone_ends_their_open_sessions() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount account = users.create(new UserService.NewUser(email, name, EnumSet.of(Role.MEDEWERKER),
                "een lang wachtwoord"));
        String sessionId = UUID.randomUUID().toString();
        sessions.registerNewSession(sessionId, User.withUsername(email).password("x").roles("MEDEWERKER").build());

        requests.erase(requests.find(email).getFirst());

        assertThat(sessions.getSessionInformation(sessionId).isExpired()).isTrue();
        assertThat(users.findById(account.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void a_beheerder_cannot_erase_themselves() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        PersonRef me = requests.find("beheerder@demo.nl").getFirst();
        assertThatThrownBy(() -> requests.erase(me)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("privacy.error.self");
        assertThat(users.findByEmail("beheerder@demo.nl").orElseThrow().active()).isTrue();
    }

    @Test
    void only_a_beheerder_may_find_export_or_erase() {
        SignedIn.as("coordinator-" + run + "@test.nl", Role.COORDINATOR);
        PersonRef anyone = PersonRef.of(null, "iemand@test.nl", "Iemand");
        assertThatThrownBy(() -> requests.find("iemand")).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> requests.exportJson(anyone, Locale.of("nl"))).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> requests.erase(anyone)).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
    }

    private PersonRef findOne(UserAccount person) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        List<PersonRef> found = requests.find(run);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().userId()).isEqualTo(person.id());
        assertThat(found.getFirst().emails()).contains(email);
        return found.getFirst();
    }

    /** The person takes part in every feature; others write about them where the portal lets them. */
    private UserAccount personWithDataInEveryFeature() {
        LocalDate today = time.today();
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        // user, notification (the link's mail), security (the account's audit lines)
        UserAccount person = users.createWithPasswordLink(email, name, EnumSet.of(Role.BEHEERDER, Role.PROJECTLEIDER,
                Role.ERVARINGSDESKUNDIGE));
        // user: they also signed in once through the organisation's identity provider, which linked the account
        providerAccounts.signIn(new ProviderAccountService.Identity("https://idp.example/" + run, ownTexts.get(8),
                email, true, name, EnumSet.of(Role.BEHEERDER, Role.PROJECTLEIDER, Role.ERVARINGSDESKUNDIGE)));
        UserAccount coordinator = TestAccounts.withRole(users, Role.COORDINATOR);
        UserAccount author = TestAccounts.withRole(users, Role.MEDEWERKER);
        UserAccount poolCoordinator = TestAccounts.withRole(users, Role.POOL_COORDINATOR);
        UserAccount member = TestAccounts.withRole(users, Role.MEDEWERKER);
        // security: a wrong password on their address
        assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                email, "een verkeerd wachtwoord"))).isInstanceOf(BadCredentialsException.class);

        // mentoring: the coordinator registers them and arranges their support
        TestAccounts.signInAs(coordinator);
        RegisteredPerson entry = register.register(new PersonForm(name, email, person.id(), true, today, "Team Noord",
                null, Set.of(ExperienceTheme.VERSLAVING), Employment.PAID, 16, false, false, null, 0, true,
                ownTexts.get(7), false));
        register.saveNotes(entry.getId(), MentoringRegisterService.NO_NOTES_YET, ownTexts.get(0), ownTexts.get(1));
        RegisteredPerson mentor = support.supporter(null, true, false, false, "Team Zuid", 2, Seniority.SENIOR,
                Set.of(ExperienceTheme.VERSLAVING));
        Mentorship mentorship = support.active(entry, mentor, SupportKind.MENTOR, today.minusMonths(1));
        TestAccounts.signInAs(coordinator);
        onboarding.start(entry.getId());
        // mentoring: supervision, and an intervision group whose session invitation (a calendar mail) reaches them
        supervision.arrange(entry.getId(), new SupervisionForm(intervisionPeople.supervisor(null),
                SupervisionFocus.PERSONAL, CheckInRhythm.MONTHLY));
        IntervisionGroup group = intervision.createGroup(new IntervisionGroupForm("Intervisie " + run,
                intervisionPeople.supervisor(null), "Incidentmethode", "Elke maand", Set.of(entry.getId(),
                intervisionPeople.expert(null), intervisionPeople.expert(null), intervisionPeople.expert(null))));
        IntervisionSession meeting = intervision.planSession(group.getId(), new IntervisionSessionForm(
                today.plusDays(7).atTime(14, 0), 90, "Zaal 2", "Grenzen stellen"));
        intervision.sendInvitations(meeting.getId(), meeting.getVersion());
        // security: they read their own notes, which the audit log records under their address; they log a
        // check-in and write their growth plan
        SignedIn.as(email, Role.ERVARINGSDESKUNDIGE, Role.PROJECTLEIDER, Role.BEHEERDER);
        register.notes(entry.getId());
        checkIns.log(mentorship.getId(), new CheckInService.CheckInEntry(today, CheckInForm.IN_PERSON,
                "Werk en rust", "Goed beginnen", "Volgende week bellen", ownTexts.get(2)));
        growth.addGoal(entry.getId(), new GoalForm(ownTexts.get(3), "Een training volgen", today.plusMonths(3),
                GoalStatus.ACTIVE));

        // story: a colleague writes about them, they consent, react to another story and take the digest
        TestAccounts.signInAs(author);
        Story story = writing.start(new StoryContent("Het verhaal van " + name, "Over de eerste maanden",
                "Wat " + name + " meemaakte in het team.", "Meer begrip", Set.of(ExperienceTheme.VERSLAVING),
                Set.of(ExpertRole.ONDERSTEUNER), null));
        FeaturedPerson featured = writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(person.id(),
                null, FeaturedRelation.EXPERT));
        Story other = stories.published(stories.draft(author.id(), "Ander verhaal"), time.now().minusSeconds(3600),
                null);
        SignedIn.as(email, Role.ERVARINGSDESKUNDIGE, Role.PROJECTLEIDER, Role.BEHEERDER);
        consent.give(featured.getId(), featured.getVersion(), stories.reload(story).getContentFingerprint(),
                new ConsentChoice(true, true, false, false, null, ownTexts.get(6), true));
        reactions.helped(other.getId());
        digest.subscribe(DigestFrequency.MONTHLY);

        // pool: the pool coordinator gives them a profile
        TestAccounts.signInAs(poolCoordinator);
        PoolExpert expert = pool.add(entry.getId(), new ExpertProfile(ownTexts.get(4), ownTexts.get(5),
                TrainingLevel.MBO, Set.of(CoreTask.INDIVIDUAL_RECOVERY), 8));
        long deployment = poolData.deployment("Venlo", new PoolTestData.Expert(expert.getId(), entry.getId(), name),
                ExperienceTheme.VERSLAVING, 4, today.minusWeeks(2), today.plusMonths(2));
        poolData.worked(deployment, today.with(DayOfWeek.MONDAY).minusWeeks(1), "4", ExperienceTheme.VERSLAVING);
        poolData.contact(person.id(), "Venlo");

        // traject, checklist, decision, scan, role description, knowledge: their own work as project lead and Beheerder
        SignedIn.as(email, Role.ERVARINGSDESKUNDIGE, Role.PROJECTLEIDER, Role.BEHEERDER);
        Traject traject = trajecten.create(new TrajectForm("Traject " + run, "Team", StartingPoint.DROOM, "",
                EnumSet.of(Domain.BELEID), EnumSet.of(ExpertRole.ONDERZOEKER), person.id(), today, false, "", 2,
                name, "Senior adviseur", false, Set.of(member.id())));
        ChecklistItem item = checklist.addOwnItem(traject.getId(), Stage.VERKENNING, "Gesprek met de directie",
                "Uitleg");
        checklist.updateItem(item.getId(), item.getVersion(), new ItemChange(ItemStatus.BEZIG, "", person.id(), null,
                "Afgesproken met " + name, List.of()));
        decisions.record(traject.getId(), new DecisionForm(questions.preconditions().stream()
                .map(p -> new PreconditionAssessment(p.key(), Rating.VOLDOENDE, "Zie verslag")).toList(), Set.of(),
                Outcome.GO, "Onderbouwing", "", "MT en " + name, today, null));
        ScanRound round = scans.createRound(traject.getId(), new RoundForm("Nulmeting", today, today.plusWeeks(2),
                Set.of(RespondentGroup.MEDEWERKERS), null, null));
        scans.invite(round.getId(), RespondentGroup.MEDEWERKERS, email);
        roleDescriptions.create("Functieprofiel " + run);
        knowledge.create(new PageContent("Pagina " + run, "Samenvatting", "Tekst van de pagina.", List.of()));
        return person;
    }

    /** "table.column" of every text column that holds one of the texts, in any case. */
    private List<String> textColumnsContaining(List<String> texts) throws SQLException {
        Set<Integer> textTypes = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR,
                Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String quote = meta.getIdentifierQuoteString();
            List<Map.Entry<String, String>> columns = new ArrayList<>();
            try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                        while (rs.next()) {
                            if (textTypes.contains(rs.getInt("DATA_TYPE"))) {
                                columns.add(Map.entry(table, rs.getString("COLUMN_NAME")));
                            }
                        }
                    }
                }
            }
            assertThat(columns).as("text columns found").hasSizeGreaterThan(100);
            for (Map.Entry<String, String> column : columns) {
                String sql = "select count(*) from " + quote + column.getKey() + quote + " where lower(" + quote
                        + column.getValue() + quote + ") like ?";
                for (String text : texts) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setString(1, "%" + text.toLowerCase(Locale.ROOT) + "%");
                        try (ResultSet count = statement.executeQuery()) {
                            count.next();
                            if (count.getLong(1) > 0) {
                                hits.add((column.getKey() + "." + column.getValue()).toLowerCase(Locale.ROOT)
                                        + " holds " + text);
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }
}
