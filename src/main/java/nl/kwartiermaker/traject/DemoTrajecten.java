package nl.kwartiermaker.traject;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import nl.kwartiermaker.user.UserService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two demo trajecten: one still exploring, one that the demo go decision (see the decision feature) takes into
 * fase 1. They follow the rules of decision 0004 ("Phase guidance") like real ones: the traject that the go takes
 * into fase 1 has finished its verkenning (every step done, or set aside with a reason), so nothing on its page is
 * green that is not done. Created through the service by the demo Beheerder, like a person would, and only once. Other features'
 * demo data find them with {@link #idOf}, not by their Dutch names, which are texts that may change.
 */
@Component
@Profile("demo")
@Order(30)
public class DemoTrajecten implements ApplicationRunner {

    /** The demo's trajecten, by the part they play in the demo. */
    public enum Demo {
        /** Still exploring; a few checklist steps done, under way and late. */
        EXPLORING,
        /** The ggz polyclinic's traject: the demo records a go for it, a scan round and a role description. */
        STARTED
    }

    private final TrajectService trajecten;
    private final ChecklistService checklist;
    private final TrajectActivityService activities;
    private final TrajectRepository repository;
    private final ChecklistItemRepository items;
    private final UserService users;
    private final PortalTime time;
    private final Map<Demo, Long> created = new EnumMap<>(Demo.class);

    DemoTrajecten(TrajectService trajecten, ChecklistService checklist, TrajectActivityService activities,
                  TrajectRepository repository, ChecklistItemRepository items, UserService users, PortalTime time) {
        this.trajecten = trajecten;
        this.checklist = checklist;
        this.activities = activities;
        this.repository = repository;
        this.items = items;
        this.users = users;
        this.time = time;
    }

    /**
     * The id of a demo traject created in this start-up, for the demo data of other features that run after this
     * one (their {@code @Order} is higher). Empty when the database already held trajecten, so none were created: the
     * other demo data then exist already too.
     */
    public Optional<Long> idOf(Demo traject) {
        return Optional.ofNullable(created.get(traject));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        RunAs.run("beheerder@demo.nl", Role.BEHEERDER, this::createDemoTrajecten);
    }

    private void createDemoTrajecten() {
        long lead = id("projectleider@demo.nl");
        Set<Long> group = Set.of(id("hr@demo.nl"), id("coordinator@demo.nl"), id("ervaringsdeskundige@demo.nl"),
                id("medewerker@demo.nl"));
        LocalDate today = time.today();
        Traject exploring = trajecten.create(new TrajectForm("Pilot ervaringsdeskundigheid wijkteams Noord",
                "Wijkteams Noord en Oost",
                StartingPoint.ONTEVREDENHEID, "Cliënten voelen zich niet altijd begrepen door de wijkteams.",
                EnumSet.of(Domain.HULPVERLENING),
                EnumSet.of(ExpertRole.ONDERSTEUNER, ExpertRole.DESKUNDIGHEIDSBEVORDERAAR),
                lead, today.minusWeeks(3), true, "Wijkteam Noord", 1, "", "", true, group));
        created.put(Demo.EXPLORING, exploring.getId());
        List<ChecklistItem> checklist = items.findByTrajectIdOrderByStageAscSortOrderAscIdAsc(exploring.getId());
        progress(checklist.get(0), ItemStatus.GEREED, lead, today.minusWeeks(1));
        progress(checklist.get(1), ItemStatus.BEZIG, id("coordinator@demo.nl"), today.minusDays(2));
        progress(checklist.get(2), ItemStatus.OPEN, id("medewerker@demo.nl"), today.plusWeeks(2));
        Traject started = trajecten.create(new TrajectForm("Ervaringsdeskundigen in de ggz-poli",
                "Polikliniek volwassenen", StartingPoint.DROOM, "Herstel een vaste plek geven in de behandeling.",
                EnumSet.of(Domain.HULPVERLENING, Domain.BELEID), EnumSet.allOf(ExpertRole.class), lead,
                today.minusMonths(4), false, "", 4, "Teamleider poli volwassenen", "Eef Ervaringsdeskundige", false,
                group));
        created.put(Demo.STARTED, started.getId());
        finishVerkenning(started.getId(), lead, today.minusMonths(3));
        activities.addActivity(exploring.getId(), new ActivityForm("Informatiebijeenkomst ervaringsdeskundigheid",
                today.plusWeeks(2), "Buurthuis De Schakel, zaal 2",
                "Wat gaat er veranderen in de wijkteams, en wat betekent het voor jou? Vragen zijn welkom."));
        activities.addActivity(started.getId(), new ActivityForm("Kennismaken met de ervaringsdeskundigen",
                today.plusDays(10), "Polikliniek, teamkamer", ""));
    }

    /**
     * Every verkenning step of a traject done before its go decision, one set aside with a reason: the demo traject in
     * fase 1 shows a finished verkenning.
     */
    private void finishVerkenning(long trajectId, long lead, LocalDate doneBy) {
        List<ChecklistItem> verkenning = items.findByTrajectIdAndStageOrderBySortOrderAsc(trajectId,
                Stage.VERKENNING);
        for (int i = 0; i < verkenning.size(); i++) {
            ChecklistItem item = verkenning.get(i);
            boolean setAside = i == verkenning.size() - 1;
            checklist.updateItem(item.getId(), item.getVersion(), new ItemChange(
                    setAside ? ItemStatus.NVT : ItemStatus.GEREED,
                    setAside ? "Geldt niet voor de polikliniek: dit is al geregeld in het kwaliteitsbeleid." : "",
                    lead, doneBy, "Besproken in de werkgroep.", List.of()));
        }
    }

    private void progress(ChecklistItem item, ItemStatus status, long owner, LocalDate due) {
        checklist.updateItem(item.getId(), item.getVersion(), new ItemChange(status, "", owner, due,
                "Besproken in de werkgroep.", List.of()));
    }

    private long id(String email) {
        return users.findByEmail(email).orElseThrow().id();
    }
}
