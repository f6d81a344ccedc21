package nl.kwartiermaker.mentoring;

import static nl.kwartiermaker.mentoring.ExperienceTheme.CHRONISCHE_ZIEKTE;
import static nl.kwartiermaker.mentoring.ExperienceTheme.DAKLOOSHEID;
import static nl.kwartiermaker.mentoring.ExperienceTheme.PSYCHISCHE_KWETSBAARHEID;
import static nl.kwartiermaker.mentoring.ExperienceTheme.SCHULDEN_EN_ARMOEDE;
import static nl.kwartiermaker.mentoring.ExperienceTheme.VERSLAVING;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import nl.kwartiermaker.traject.DemoTrajecten;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Begeleiding register that shows every part at work: the demo expert Eef with a mentor (Mo, the demo mentor), a
 * buddy, supervision, an onboarding plan and a growth goal, and a check-in that is overdue; an expert still without a
 * mentor, one who is the only expert in their team, an intervision group of five and one of three (too small, to show
 * the warning). Mentorships that ran for months are written with their past start dates, which the services (that
 * only start them today) cannot do.
 */
@Component
@Profile("demo")
@Order(60)
class DemoBegeleiding implements ApplicationRunner {

    private static final String COORDINATOR = "coordinator@demo.nl";

    private final MentoringRegisterService register;
    private final IntervisionService intervision;
    private final SupervisionService supervision;
    private final GrowthPlanService growthPlans;
    private final CheckInService checkIns;
    private final RegisteredPersonRepository people;
    private final MentorshipRepository mentorships;
    private final UserService users;
    private final DemoTrajecten demoTrajecten;
    private final PortalTime time;
    private final TransactionTemplate transaction;

    DemoBegeleiding(MentoringRegisterService register, IntervisionService intervision, SupervisionService supervision,
                    GrowthPlanService growthPlans, CheckInService checkIns, RegisteredPersonRepository people,
                    MentorshipRepository mentorships, UserService users, DemoTrajecten demoTrajecten,
                    PortalTime time, TransactionTemplate transaction) {
        this.register = register;
        this.intervision = intervision;
        this.supervision = supervision;
        this.growthPlans = growthPlans;
        this.checkIns = checkIns;
        this.people = people;
        this.mentorships = mentorships;
        this.users = users;
        this.demoTrajecten = demoTrajecten;
        this.time = time;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = time.today();
        Long[] ids = new Long[2];
        RunAs.run("beheerder@demo.nl", Role.BEHEERDER, () -> {
            ids[0] = users.findByEmail("ervaringsdeskundige@demo.nl").map(UserAccount::id).orElse(null);
            ids[1] = users.findByEmail("mentor@demo.nl").map(UserAccount::id).orElse(null);
        });
        // the demo expert's entry tells that the demo ran before (other entries may exist: people registered since)
        if (ids[0] == null || ids[1] == null || people.findFirstByUserIdAndLeftOnIsNull(ids[0]).isPresent()) {
            return;
        }
        Long traject = demoTrajecten.idOf(DemoTrajecten.Demo.STARTED).orElse(null);
        RunAs.run(COORDINATOR, Role.COORDINATOR, () -> {
            RegisteredPerson eef = register.register(expert("Eef Ervaringsdeskundige", ids[0], today.minusMonths(2),
                    "Wijkteam Noord", traject, EnumSet.of(PSYCHISCHE_KWETSBAARHEID, SCHULDEN_EN_ARMOEDE), 20));
            RegisteredPerson mo = register.register(new PersonForm("Mo Mentor", "mentor@demo.nl", ids[1], true,
                    today.minusYears(3), "Wijkteam Zuid", null, EnumSet.of(PSYCHISCHE_KWETSBAARHEID, VERSLAVING),
                    Employment.PAID, 28, true, true, Seniority.SENIOR, 4, true, "", false));
            RegisteredPerson ria = register.register(new PersonForm("Ria Hendriks", "", null, true,
                    today.minusYears(2), "Wijkteam Zuid", null, EnumSet.of(SCHULDEN_EN_ARMOEDE), Employment.PAID, 24,
                    false, true, Seniority.EXPERIENCED, 2, true, "", false));
            RegisteredPerson karin = register.register(new PersonForm("Karin Vos", "", null, false, null,
                    "Wijkteam Noord", null, EnumSet.of(CHRONISCHE_ZIEKTE), null, null, true, false,
                    Seniority.EXPERIENCED, 3, true, "Niet op woensdag", false));
            RegisteredPerson paul = register.register(new PersonForm("Paul Smit", "", null, false, null, "", null,
                    EnumSet.noneOf(ExperienceTheme.class), null, null, false, false, null, 0, true, "", true));
            RegisteredPerson lotte = register.register(expert("Lotte Jansen", null, today.minusMonths(5),
                    "Wijkteam Noord", traject, EnumSet.of(VERSLAVING), 16));
            RegisteredPerson sanne = register.register(new PersonForm("Sanne Bakker", "", null, true,
                    today.minusWeeks(3), "Wijkteam Noord", traject, EnumSet.of(VERSLAVING, DAKLOOSHEID),
                    Employment.VOLUNTEER, 8, false, false, null, 0, true, "", false));
            RegisteredPerson jamal = register.register(expert("Jamal El Amrani", null, today.minusMonths(1),
                    "Jeugdteam", null, EnumSet.of(DAKLOOSHEID), 24));
            RegisteredPerson tom = register.register(expert("Tom de Wit", null, today.minusYears(1),
                    "Wijkteam Zuid", null, EnumSet.of(SCHULDEN_EN_ARMOEDE), 20));

            long eefMentor = running(eef, mo, SupportKind.MENTOR, today.minusMonths(2));
            running(eef, ria, SupportKind.BUDDY, today.minusMonths(2));
            running(lotte, karin, SupportKind.MENTOR, today.minusMonths(5));

            supervision.arrange(eef.getId(), new SupervisionForm(paul.getId(), SupervisionFocus.CONTENT,
                    CheckInRhythm.EVERY_SIX_WEEKS));
            intervision.createGroup(new IntervisionGroupForm("Intervisie wijkteams", paul.getId(),
                    "Incidentmethode", "Maandelijks, afwisselend met het werkoverleg",
                    Set.of(eef.getId(), ria.getId(), lotte.getId(), sanne.getId(), tom.getId())));
            long small = intervision.createGroup(new IntervisionGroupForm("Intervisie jeugd", karin.getId(),
                    "Socratisch gesprek", "Elke zes weken", Set.of(jamal.getId(), mo.getId(), tom.getId()))).getId();
            intervision.planSession(small, new IntervisionSessionForm(today.plusWeeks(2).atTime(LocalTime.of(14, 0)),
                    90, "Stadskantoor, kamer 2.14", "Grenzen bewaken"));

            // the mentor's last check-in with Eef was six weeks ago: a monthly check-in is overdue
            RunAs.run("mentor@demo.nl", Role.MENTOR, () -> checkIns.log(eefMentor, new CheckInService.CheckInEntry(
                    today.minusWeeks(6), CheckInForm.IN_PERSON, "Eerste weken in het wijkteam, het werkoverleg",
                    "Mijn verhaal kort en doelgericht vertellen in een gesprek",
                    "Eef bereidt voor het volgende werkoverleg een casus voor.", "")));
        });
        RunAs.run("ervaringsdeskundige@demo.nl", Role.ERVARINGSDESKUNDIGE, () -> people.findFirstByUserIdAndLeftOnIsNull(
                ids[0]).ifPresent(eef -> growthPlans.addGoal(eef.getId(), new GoalForm(
                "Mijn eigen verhaal doelgericht inzetten in gesprekken met inwoners",
                "Twee gesprekken voorbereiden met mijn mentor; daarna samen terugkijken.", today.plusWeeks(3),
                GoalStatus.ACTIVE))));
    }

    private static PersonForm expert(String name, Long userId, LocalDate start, String team, Long traject,
                                     Set<ExperienceTheme> themes, int hours) {
        return new PersonForm(name, "", userId, true, start, team, traject, themes, Employment.PAID, hours, false,
                false, null, 0, true, "", false);
    }

    /** A mentorship or buddy arrangement that has run since {@code startedOn}. */
    private long running(RegisteredPerson expert, RegisteredPerson supporter, SupportKind kind, LocalDate startedOn) {
        return transaction.execute(status -> {
            Mentorship mentorship = new Mentorship(expert.getId(), supporter.getId(), kind,
                    startedOn.atStartOfDay(PortalTime.ZONE).toInstant(), null);
            mentorship.activate(startedOn, startedOn.atStartOfDay(PortalTime.ZONE).toInstant());
            return mentorships.save(mentorship).getId();
        });
    }
}
