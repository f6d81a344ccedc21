package nl.kwartiermaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.EnumMap;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route × every role and anonymous: allowed, denied, or sent to the login page. A new view that is not in this
 * table, or that lacks an access annotation, fails the build.
 */
class AccessMatrixTest extends BrowserlessViewTest {

    /** Who may open a route: nobody signed in, anyone signed in, or only these roles. */
    record Rule(String location, String view, boolean anonymous, Set<Role> roles) {
        static Rule anyone(String location, String view) {
            return new Rule(location, view, true, EnumSet.allOf(Role.class));
        }

        static Rule signedIn(String location, String view) {
            return new Rule(location, view, false, EnumSet.allOf(Role.class));
        }

        /** Everyone of the organisation's staff: every role but a partner municipality's contact. */
        static Rule staff(String location, String view) {
            return new Rule(location, view, false, EnumSet.complementOf(EnumSet.of(Role.PARTNER_CONTACT)));
        }

        static Rule only(String location, String view, Role first, Role... more) {
            return new Rule(location, view, false, EnumSet.of(first, more));
        }
    }

    static final List<Rule> MATRIX = List.of(
            Rule.anyone("login", "LoginView"),
            Rule.signedIn("", "DashboardView"),
            Rule.signedIn("kennisbank", "KnowledgeBaseView"),
            Rule.signedIn("kennisbank/draagvlak", "KnowledgePageView"),
            Rule.signedIn("kennisbank/bronnen", "SourcesView"),
            Rule.only("kennisbank/nieuw", "KnowledgePageEditor", Role.BEHEERDER),
            Rule.only("kennisbank/bewerken/draagvlak", "KnowledgePageEditor", Role.BEHEERDER),
            Rule.signedIn("meldingen", "NotificationsView"),
            Rule.staff("trajecten", "TrajectListView"),
            Rule.staff("trajecten/{open}", "TrajectDetailView"),
            Rule.staff("trajecten/{open}/besluit", "GoNoGoView"),
            Rule.staff("trajecten/{open}/scans", "ScanRoundsView"),
            // the page opens for everyone signed in; whether it shows results depends on the traject (members only)
            Rule.staff("scans/{round}/resultaten", "ScanResultsView"),
            Rule.anyone("scan/een-onbekende-link", "ScanAnswerView"),
            Rule.only("scans/vragenlijsten", "ScanTemplatesView", Role.BEHEERDER, Role.PROJECTLEIDER),
            Rule.only("scans/vragenlijsten/{template}", "ScanTemplateEditor", Role.BEHEERDER, Role.PROJECTLEIDER),
            Rule.only("beheer/gebruikers", "UsersView", Role.BEHEERDER),
            Rule.only("beheer/audit", "AuditView", Role.BEHEERDER),
            Rule.only("beheer/uitgaande-mail", "OutboxView", Role.BEHEERDER),
            Rule.staff("functieprofielen", "RoleDescriptionListView"),
            // the demo's adopted role description, which everyone signed in reads
            Rule.staff("functieprofielen/1", "RoleDescriptionView"),
            // Begeleiding: the register and an expert's page
            Rule.only("begeleiding", "BegeleidingView", Role.COORDINATOR, Role.MENTOR, Role.ERVARINGSDESKUNDIGE),
            // an expert whose page the test's expert (their own) and mentor (their mentor) may open
            Rule.only("begeleiding/{person}", "PersonPageView", Role.COORDINATOR, Role.MENTOR,
                    Role.ERVARINGSDESKUNDIGE),

            // Begeleiding: intervision and supervision
            Rule.only("begeleiding/intervisie", "IntervisionView", Role.COORDINATOR, Role.MENTOR,
                    Role.ERVARINGSDESKUNDIGE),
            // a group its facilitator (the mentor's account) and a member (the expert's) may see; others not found
            Rule.only("begeleiding/intervisie/{group}", "IntervisionGroupView", Role.COORDINATOR, Role.MENTOR,
                    Role.ERVARINGSDESKUNDIGE),
            // Verhalen: the editors' queue and a story's review (an id no story has: the page says it is not there)
            Rule.only("verhalen/redactie", "StoryReviewQueueView", Role.COORDINATOR, Role.BEHEERDER),
            Rule.only("verhalen/redactie/0", "StoryReviewView", Role.COORDINATOR, Role.BEHEERDER),
            Rule.staff("verhalen", "StoryLibraryView"),
            Rule.staff("verhalen/een-verhaal-dat-niet-bestaat", "StoryView"),
            Rule.staff("verhalen/nieuwsbrief", "StoryDigestView"),
            Rule.anyone("verhalen/nieuwsbrief/afmelden", "StoryDigestOptOutView"),
            Rule.only("verhalen/feed", "StoryFeedSettingsView", Role.BEHEERDER),
            // Verhalen: writing and consent (a story someone may not see reads as not found inside the view)
            Rule.staff("verhalen/nieuw", "StoryEditorView"),
            Rule.staff("verhalen/mijn", "MyStoriesView"),
            Rule.staff("verhalen/0/toestemming", "ConsentView"),

            // Regionale pool, set-up (H1): the test's partner contact speaks for no municipality, so the list page tells
            // them whom to ask instead of taking them to their own; id 0 exists for nobody and reads as not found inside
            // the page, as another municipality does for a contact
            Rule.only("pool/gemeenten", "PartnersView", Role.POOL_COORDINATOR, Role.PARTNER_CONTACT),
            Rule.only("pool/gemeenten/0", "PartnerView", Role.POOL_COORDINATOR, Role.PARTNER_CONTACT),
            Rule.only("pool/behoeften", "NeedsOverviewView", Role.POOL_COORDINATOR),
            Rule.only("pool/deelopdrachten", "SubAssignmentsView", Role.POOL_COORDINATOR, Role.PARTNER_CONTACT),
            Rule.only("pool/deelopdrachten/0", "SubAssignmentView", Role.POOL_COORDINATOR, Role.PARTNER_CONTACT),

            // Regionale pool: halfjaarrapportages (an id no report has: the page says it is not there)
            Rule.only("pool/rapportages", "PoolReportsView", Role.POOL_COORDINATOR, Role.PARTNER_CONTACT),
            Rule.only("pool/rapportages/0", "PoolReportView", Role.POOL_COORDINATOR, Role.PARTNER_CONTACT),

            // Regionale pool, experts and requests (issue 15, items 4 and 6): a request no one has reads as not found
            // inside the view, for a contact the same as another municipality's
            Rule.only("pool/verzoeken", "RequestListView", Role.POOL_COORDINATOR, Role.PARTNER_CONTACT),
            Rule.only("pool/verzoeken/0", "RequestView", Role.POOL_COORDINATOR, Role.PARTNER_CONTACT),
            Rule.only("pool/experts", "PoolExpertsView", Role.POOL_COORDINATOR),

            // Regionale pool: the planning, the pool's home (a contact not linked to a municipality is told so there)
            Rule.only("pool", "PoolPlanningView", Role.POOL_COORDINATOR, Role.PARTNER_CONTACT),

            Rule.only("beheer/organisatie", "OrganisationView", Role.BEHEERDER),
            Rule.only("beheer/privacy", "PrivacyView", Role.BEHEERDER),

            // own password (issue 17, point 2): changing it needs a session; asking for a link and using one do not
            Rule.signedIn("account/wachtwoord", "OwnPasswordView"),
            Rule.anyone("wachtwoord-vergeten", "ForgotPasswordView"),
            Rule.anyone("wachtwoord-instellen/een-onbekende-link", "SetPasswordView"));

    @Test
    void every_route_is_in_the_matrix_and_carries_an_access_annotation() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routed = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("nl.kwartiermaker")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            routed.add(view.getSimpleName());
            assertThat(view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                    .as(view.getName() + " has an access annotation").isTrue();
        }
        assertThat(MATRIX.stream().map(Rule::view).toList()).containsAll(routed);
        assertThat(routed).containsAll(MATRIX.stream().map(Rule::view).toList());
    }

    @Autowired
    UserService users;
    @Autowired
    TrajectService trajecten;

    private final Map<Role, UserAccount> accounts = new EnumMap<>(Role.class);
    private String openTraject;
    private String openRound;
    private String ownTemplate;
    private String person;
    @Autowired
    nl.kwartiermaker.mentoring.RegisterTestPeople mentoringPeople;
    private String ownGroup;
    @Autowired
    nl.kwartiermaker.mentoring.IntervisionFixture intervision;
    @Autowired
    nl.kwartiermaker.readiness.ScanRoundService rounds;
    @Autowired
    nl.kwartiermaker.readiness.QuestionnaireLibraryService library;

    /** Real accounts, one per role, and a traject open to all staff for the routes that show one. */
    @BeforeEach
    void accountsAndAnOpenTraject() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        for (Role role : Role.values()) {
            accounts.put(role, TestAccounts.withRole(users, role));
        }
        openTraject = String.valueOf(trajecten.list(TrajectService.Filter.active()).stream()
                .filter(t -> trajecten.find(t.id()).orElseThrow().isVisibleToAllStaff()).findFirst()
                .orElseThrow().id());
        long trajectId = Long.parseLong(openTraject);
        openRound = String.valueOf(rounds.rounds(trajectId).stream().findFirst().map(r -> r.id())
                .orElseGet(() -> rounds.createRound(trajectId, new nl.kwartiermaker.readiness.RoundForm("Matrix",
                        java.time.LocalDate.now().plusDays(1), java.time.LocalDate.now().plusYears(5),
                        Set.of(nl.kwartiermaker.readiness.RespondentGroup.MEDEWERKERS), null)).getId()));
        ownTemplate = String.valueOf(library.templateLibrary().stream().filter(t -> !t.archived()).findFirst()
                .map(t -> t.id()).orElseGet(() -> library.copyTemplate(null, "Matrix").getId()));
        person = String.valueOf(mentoringPeople.expertSeenBy(accounts.get(Role.ERVARINGSDESKUNDIGE).id(),
                accounts.get(Role.MENTOR).id(), java.time.LocalDate.now()));
        ownGroup = String.valueOf(intervision.groupFor(accounts.get(Role.MENTOR).id(),
                accounts.get(Role.ERVARINGSDESKUNDIGE).id()));
    }

    @Test
    void each_role_and_anonymous_get_exactly_what_the_matrix_allows() {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Rule matrixRule : MATRIX) {
            Rule rule = new Rule(matrixRule.location().replace("{open}", openTraject).replace("{round}", openRound)
                    .replace("{template}", ownTemplate).replace("{person}", person)
                    .replace("{group}", ownGroup), matrixRule.view(),
                    matrixRule.anonymous(), matrixRule.roles());
            SignedIn.nobody();
            String anonymous = open(rule.location());
            String expectedAnonymous = rule.anonymous() ? rule.view() : "LoginView";
            if (!anonymous.equals(expectedAnonymous)) {
                wrong.put(rule.location() + " as anonymous", anonymous + " instead of " + expectedAnonymous);
            }
            for (Role role : Role.values()) {
                TestAccounts.signInAs(accounts.get(role));
                String seen = open(rule.location());
                boolean allowed = rule.roles().contains(role);
                String expected = rule.view().equals("LoginView") ? "DashboardView" : rule.view();
                boolean ok = allowed ? seen.equals(expected) : seen.equals("AccessDeniedView");
                if (!ok) {
                    wrong.put(rule.location() + " as " + role, seen);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private String open(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView().getClass().getSimpleName();
    }
}
