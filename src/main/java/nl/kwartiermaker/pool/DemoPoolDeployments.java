package nl.kwartiermaker.pool;

import static nl.kwartiermaker.mentoring.ExperienceTheme.CHRONISCHE_ZIEKTE;
import static nl.kwartiermaker.mentoring.ExperienceTheme.DAKLOOSHEID;
import static nl.kwartiermaker.mentoring.ExperienceTheme.HUISELIJK_GEWELD;
import static nl.kwartiermaker.mentoring.ExperienceTheme.JEUGDHULP;
import static nl.kwartiermaker.mentoring.ExperienceTheme.LICHAMELIJKE_BEPERKING;
import static nl.kwartiermaker.mentoring.ExperienceTheme.MANTELZORG;
import static nl.kwartiermaker.mentoring.ExperienceTheme.PSYCHISCHE_KWETSBAARHEID;
import static nl.kwartiermaker.mentoring.ExperienceTheme.SCHULDEN_EN_ARMOEDE;
import static nl.kwartiermaker.mentoring.ExperienceTheme.VERSLAVING;
import static nl.kwartiermaker.roledescription.CoreTask.INDIVIDUAL_RECOVERY;
import static nl.kwartiermaker.roledescription.CoreTask.RECOVERY_ORIENTED_SUPPORT;
import static nl.kwartiermaker.roledescription.CoreTask.SOCIAL_OPPORTUNITIES;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.RegisterDirectory;
import nl.kwartiermaker.roledescription.CoreTask;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool at work: eight experts in Begeleiding's register with their pool profiles (residence in Limburg towns,
 * training, core tasks, 8–24 hours a week), thirteen requests over nine municipalities (two still open, one from
 * Venlo), their deployments and the hours realised every week from the first Monday of last year up to last week.
 * The hours keep most municipalities near their key; Venray runs clearly above it in the current half-year (a second
 * request since), and Beesel, above it too, has an agreed deviation. Runs once, after {@link DemoPool}: not when the
 * pool has experts. History is written straight to the tables (the services only plan from today on).
 */
@Component
@Profile("demo")
@Order(82)
class DemoPoolDeployments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPoolDeployments.class);
    static final String COORDINATOR = "poolcoordinator@demo.nl";

    private record Expert(String name, String residence, String tie, TrainingLevel training, Set<CoreTask> tasks,
                          int hours, Set<ExperienceTheme> themes) {
    }

    private static final List<Expert> EXPERTS = List.of(
            new Expert("Anouk Peeters", "Venlo", "Geboren en getogen in Venlo", TrainingLevel.HBO,
                    EnumSet.of(INDIVIDUAL_RECOVERY, SOCIAL_OPPORTUNITIES), 24,
                    EnumSet.of(SCHULDEN_EN_ARMOEDE, PSYCHISCHE_KWETSBAARHEID)),
            new Expert("Ruud Hermans", "Blerick", "Vrijwilliger bij de inloop in Blerick (gemeente Venlo)",
                    TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY), 16, EnumSet.of(VERSLAVING, DAKLOOSHEID)),
            new Expert("Mieke Janssen", "Weert", "", TrainingLevel.MBO,
                    EnumSet.of(INDIVIDUAL_RECOVERY, RECOVERY_ORIENTED_SUPPORT), 16,
                    EnumSet.of(PSYCHISCHE_KWETSBAARHEID)),
            new Expert("Jeroen Verstappen", "Venray", "Werkte jaren in Horst aan de Maas", TrainingLevel.IN_TRAINING,
                    EnumSet.of(INDIVIDUAL_RECOVERY), 24, EnumSet.of(DAKLOOSHEID, VERSLAVING)),
            new Expert("Fatima El Idrissi", "Roermond", "Actief in Echt-Susteren en Maasgouw", TrainingLevel.HBO,
                    EnumSet.allOf(CoreTask.class), 20, EnumSet.of(HUISELIJK_GEWELD, SCHULDEN_EN_ARMOEDE)),
            new Expert("Bram Gielen", "Panningen", "Gemeente Peel en Maas", TrainingLevel.WILLING,
                    EnumSet.of(INDIVIDUAL_RECOVERY), 12, EnumSet.of(JEUGDHULP)),
            new Expert("Sandra Willems", "Heythuysen", "Gemeente Leudal; familie in Beesel en Maasgouw",
                    TrainingLevel.MBO, EnumSet.of(RECOVERY_ORIENTED_SUPPORT, SOCIAL_OPPORTUNITIES), 20,
                    EnumSet.of(MANTELZORG, CHRONISCHE_ZIEKTE)),
            new Expert("Koen Hendrikx", "Gennep", "Vrijwilliger in Bergen", TrainingLevel.NOT_YET,
                    EnumSet.of(INDIVIDUAL_RECOVERY), 8, EnumSet.of(LICHAMELIJKE_BEPERKING, PSYCHISCHE_KWETSBAARHEID)));

    /** When a deployment runs: over the whole demo, until the current half-year, or from it on. */
    private enum Span { WHOLE, BEFORE, CURRENT }

    private record Assigned(String expert, int hoursPerWeek, String reason) {
    }

    private record Request(String partner, ExperienceTheme theme, PoolRole role, String place, Span span,
                           String description, List<Assigned> experts) {
    }

    private static final List<Request> REQUESTS = List.of(
            new Request("Venlo", SCHULDEN_EN_ARMOEDE, PoolRole.ONE_ON_ONE, "Venlo-Noord en Blerick", Span.WHOLE,
                    "Inwoners met schulden die hulp mijden: contact op de vindplekken en samen de eerste stap zetten.",
                    List.of(new Assigned("Anouk Peeters", 14, ""), new Assigned("Ruud Hermans", 12,
                            "Een tweede expert voor Blerick: Ruud kent de inloop daar al jaren."))),
            new Request("Weert", PSYCHISCHE_KWETSBAARHEID, PoolRole.ONE_ON_ONE, "Weert-Centrum", Span.WHOLE,
                    "Steun bij herstel voor inwoners die na een opname weer thuis wonen.",
                    List.of(new Assigned("Mieke Janssen", 12, ""))),
            new Request("Venray", DAKLOOSHEID, PoolRole.ONE_ON_ONE, "Venray", Span.WHOLE,
                    "Contact met dak- en thuisloze inwoners in de nachtopvang en daarna.",
                    List.of(new Assigned("Jeroen Verstappen", 10, ""))),
            new Request("Venray", VERSLAVING, PoolRole.LOCAL_INITIATOR, "Venray-Oostrum", Span.CURRENT,
                    "Een zelfregiegroep opzetten voor inwoners die van hun verslaving herstellen.",
                    List.of(new Assigned("Jeroen Verstappen", 10, ""))),
            new Request("Peel en Maas", JEUGDHULP, PoolRole.ONE_ON_ONE, "Panningen", Span.WHOLE,
                    "Jongeren die uit de jeugdhulp komen: een maatje bij de overstap naar zelfstandig wonen.",
                    List.of(new Assigned("Bram Gielen", 8, ""))),
            new Request("Leudal", MANTELZORG, PoolRole.TRAINER, "Heythuysen", Span.WHOLE,
                    "Trainingen voor het sociaal team over overbelaste mantelzorgers.",
                    List.of(new Assigned("Sandra Willems", 8, ""))),
            new Request("Roermond", HUISELIJK_GEWELD, PoolRole.ONE_ON_ONE, "Roermond", Span.WHOLE,
                    "Inwoners na huiselijk geweld: herstel naast de hulpverlening.",
                    List.of(new Assigned("Fatima El Idrissi", 8, ""))),
            new Request("Echt-Susteren", SCHULDEN_EN_ARMOEDE, PoolRole.CONVERSATION_PARTNER, "Echt", Span.WHOLE,
                    "Meedenken met de schuldhulpverlening: wat helpt inwoners om op tijd aan te kloppen?",
                    List.of(new Assigned("Fatima El Idrissi", 4, ""))),
            new Request("Maasgouw", CHRONISCHE_ZIEKTE, PoolRole.INTERVISOR, "Maasbracht", Span.BEFORE,
                    "Intervisie voor de vrijwilligers van het steunpunt.",
                    List.of(new Assigned("Sandra Willems", 4, ""))),
            new Request("Bergen", LICHAMELIJKE_BEPERKING, PoolRole.ONE_ON_ONE, "Bergen", Span.BEFORE,
                    "Contact met inwoners die door een beperking thuis vereenzamen.",
                    List.of(new Assigned("Koen Hendrikx", 4,
                            "Koen woont dichtbij en kent Bergen; hij begint dit jaar aan de mbo-opleiding."))),
            new Request("Beesel", MANTELZORG, PoolRole.LOCAL_INITIATOR, "Reuver", Span.CURRENT,
                    "Een inloop voor mantelzorgers in Reuver, waar ook inwoners uit de buurgemeenten komen.",
                    List.of(new Assigned("Sandra Willems", 8, ""))));

    private final RegisterDirectory register;
    private final PoolExpertRepository experts;
    private final PoolPartnerRepository partners;
    private final DeploymentRequestRepository requests;
    private final DeploymentRepository deployments;
    private final JdbcTemplate jdbc;
    private final AgreedDeviationRepository agreed;
    private final UserService users;
    private final PortalTime time;
    private final TransactionTemplate transaction;

    DemoPoolDeployments(RegisterDirectory register, PoolExpertRepository experts, PoolPartnerRepository partners,
                        DeploymentRequestRepository requests, DeploymentRepository deployments,
                        JdbcTemplate jdbc, AgreedDeviationRepository agreed, UserService users,
                        PortalTime time, TransactionTemplate transaction) {
        this.register = register;
        this.experts = experts;
        this.partners = partners;
        this.requests = requests;
        this.deployments = deployments;
        this.jdbc = jdbc;
        this.agreed = agreed;
        this.users = users;
        this.time = time;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Long[] ids = new Long[2];
        RunAs.run("beheerder@demo.nl", Role.BEHEERDER, () -> {
            ids[0] = users.findByEmail(COORDINATOR).map(UserAccount::id).orElse(null);
            ids[1] = users.findByEmail("gemeente@demo.nl").map(UserAccount::id).orElse(null);
        });
        if (ids[0] == null || ids[1] == null || experts.count() > 0 || partners.count() == 0) {
            return;
        }
        RunAs.run(COORDINATOR, Role.POOL_COORDINATOR, () -> {
            LocalDate today = time.today();
            Map<String, Long> people = new LinkedHashMap<>();
            for (Expert expert : EXPERTS) {
                people.put(expert.name(), register.registerExpert(new RegisterDirectory.NewExpert(expert.name(), "",
                        expert.themes(), LocalDate.of(today.getYear() - 2, 9, 1), expert.hours())).id());
            }
            transaction.executeWithoutResult(status -> write(today, people, ids[0], ids[1]));
        });
        log.info("Demo pool deployments created in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void write(LocalDate today, Map<String, Long> people, long coordinator, long venloContact) {
        Map<String, PoolExpert> profiles = new LinkedHashMap<>();
        for (Expert e : EXPERTS) {
            PoolExpert profile = new PoolExpert(people.get(e.name()));
            profile.describe(e.residence(), e.tie(), e.training(), e.tasks(), e.hours());
            profiles.put(e.name(), profile);
        }
        experts.saveAll(profiles.values());
        Map<String, Long> partner = partners.findAll().stream()
                .collect(Collectors.toMap(PoolPartner::getName, PoolPartner::getId));

        LocalDate first = LocalDate.of(today.getYear() - 1, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate last = LocalDate.of(today.getYear(), 12, 31);
        PoolPeriod current = PoolPeriod.halfYearOf(today);
        LocalDate lastWeek = PlannedHours.monday(today).minusWeeks(1);

        List<DeploymentRequest> filed = new ArrayList<>();
        List<Deployment> deployed = new ArrayList<>();
        for (Request r : REQUESTS) {
            LocalDate from = r.span() == Span.CURRENT ? current.firstDay() : first;
            LocalDate until = r.span() == Span.BEFORE ? current.firstDay().minusDays(1) : last;
            int perWeek = r.experts().stream().mapToInt(Assigned::hoursPerWeek).sum();
            DeploymentRequest request = new DeploymentRequest(partner.get(r.partner()),
                    r.partner().equals(DemoPool.DEMO_CONTACT_PARTNER) ? venloContact : coordinator);
            request.describe(r.theme(), r.role(), r.place(), (int) (perWeek * (until.toEpochDay() - from.toEpochDay() + 1)
                    / 7), from, until, r.description(), null);
            request.moveTo(r.span() == Span.BEFORE ? RequestStatus.CLOSED : RequestStatus.ASSIGNED);
            filed.add(requests.save(request));
        }
        for (int i = 0; i < REQUESTS.size(); i++) {
            DeploymentRequest request = filed.get(i);
            for (Assigned a : REQUESTS.get(i).experts()) {
                Deployment deployment = new Deployment(request.getId(), request.getPartnerId(),
                        profiles.get(a.expert()).getId(), a.hoursPerWeek(), request.getStartsOn(),
                        request.getEndsOn(), a.reason());
                if (REQUESTS.get(i).span() == Span.BEFORE) {
                    // the deployments before this half-year ended with it; Bergen's a quarter early
                    deployment.end(REQUESTS.get(i).partner().equals("Bergen")
                            ? request.getEndsOn().minusWeeks(13) : request.getEndsOn());
                }
                deployed.add(deployment);
            }
        }
        deployments.saveAll(deployed);
        filed.add(openRequest(partner.get("Venlo"), venloContact, VERSLAVING, PoolRole.TRAINER, "Venlo-Zuid",
                today.plusMonths(1).withDayOfMonth(1), 48,
                "Twee trainingen voor het wijkteam: hoe praat je met inwoners over verslaving zonder te oordelen?"));
        filed.add(openRequest(partner.get("Horst aan de Maas"), coordinator, PSYCHISCHE_KWETSBAARHEID,
                PoolRole.CONVERSATION_PARTNER, "America", today.plusWeeks(2), 60,
                "Meedenken over een steunpunt in het dorp, met de huisarts en de vrijwilligers."));

        writeWeeks(realised(deployed, profiles, first, lastWeek));
        agreed.save(new AgreedDeviation(partner.get("Beesel"), current, "Reële vraag leidend: de inloop in Reuver"
                + " trekt ook mantelzorgers uit de buurgemeenten; afgesproken in de regionale beleidsgroep.",
                coordinator, current.firstDay().plusWeeks(2)));
    }

    /**
     * Two years of weeks in batches of plain inserts: through JPA each row was a statement and an identity round trip
     * of its own, and the demo runs at every start of a fresh database, in every test JVM too.
     */
    private void writeWeeks(List<RealisedHours> weeks) {
        Timestamp now = Timestamp.from(time.now());
        jdbc.batchUpdate("insert into pool_hours (deployment_id, partner_id, expert_id, week_start, hours,"
                + " residents_reached, theme, version, created_at, created_by, modified_at, modified_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)", weeks.stream().map(w -> new Object[] {
                        w.getDeploymentId(), w.getPartnerId(), w.getExpertId(), Date.valueOf(w.getWeekStart()),
                        w.getHours(), w.getResidentsReached(), w.getTheme().name(), now, COORDINATOR, now,
                        COORDINATOR}).toList());
    }

    private DeploymentRequest openRequest(long partnerId, long requestedBy, ExperienceTheme theme, PoolRole role,
                                          String place, LocalDate from, int expected, String description) {
        DeploymentRequest request = new DeploymentRequest(partnerId, requestedBy);
        request.describe(theme, role, place, expected, from, from.plusMonths(6).minusDays(1), description, null);
        return requests.save(request);
    }

    /**
     * Every week each deployment planned, up to last week: its hours give or take one, residents reached as the role
     * goes (a few a week in one-to-one contact, a group every other week for training and intervision), and now and
     * then the expert's other theme.
     */
    private List<RealisedHours> realised(List<Deployment> deployed, Map<String, PoolExpert> profiles,
                                         LocalDate first, LocalDate lastWeek) {
        Map<Long, ExperienceTheme> otherTheme = new LinkedHashMap<>();
        for (Expert e : EXPERTS) {
            otherTheme.put(profiles.get(e.name()).getId(), e.themes().iterator().next());
        }
        Map<Long, DeploymentRequest> byId = requests.findAllById(deployed.stream().map(Deployment::getRequestId)
                .toList()).stream().collect(Collectors.toMap(DeploymentRequest::getId, r -> r));
        List<RealisedHours> weeks = new ArrayList<>();
        for (Deployment d : deployed) {
            DeploymentRequest request = byId.get(d.getRequestId());
            int n = 0;
            for (LocalDate week = first; !week.isAfter(lastWeek); week = week.plusWeeks(1)) {
                if (!d.plansWeek(week)) {
                    continue;
                }
                n++;
                BigDecimal worked = BigDecimal.valueOf(d.getHoursPerWeek() * 2L + (n * 7 + d.getExpertId()) % 5 - 2, 1)
                        .multiply(BigDecimal.valueOf(5));
                int residents = switch (request.getRole()) {
                    case ONE_ON_ONE, CONVERSATION_PARTNER -> 1 + n % 4;
                    case TRAINER, INTERVISOR -> n % 2 == 0 ? 8 + n % 5 : 0;
                    case POLICY_MAKER, LOCAL_INITIATOR -> 5 + n % 6;
                };
                ExperienceTheme theme = n % 5 == 0 ? otherTheme.get(d.getExpertId()) : request.getTheme();
                RealisedHours realised = new RealisedHours(d, week);
                realised.record(worked, residents, theme);
                weeks.add(realised);
            }
        }
        return weeks;
    }
}
