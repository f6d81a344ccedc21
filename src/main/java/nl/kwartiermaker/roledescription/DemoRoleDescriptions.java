package nl.kwartiermaker.roledescription;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.DemoTrajecten;
import nl.kwartiermaker.user.UserService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An adopted role description (id 1 on a fresh demo database, linked to the ggz traject) and a draft (id 2), so the
 * demo and the benchmark have both. The adopted one went through review by the demo's expert by experience.
 */
@Component
@Profile("demo")
@Order(50)
class DemoRoleDescriptions implements ApplicationRunner {

    private final RoleDescriptionService descriptions;
    private final RoleDescriptionReviewService reviews;
    private final RoleDescriptionRepository repository;
    private final UserService users;
    private final DemoTrajecten demoTrajecten;

    DemoRoleDescriptions(RoleDescriptionService descriptions, RoleDescriptionReviewService reviews,
                         RoleDescriptionRepository repository, UserService users, DemoTrajecten demoTrajecten) {
        this.descriptions = descriptions;
        this.reviews = reviews;
        this.repository = repository;
        this.users = users;
        this.demoTrajecten = demoTrajecten;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        RoleDescription[] review = new RoleDescription[1];
        RunAs.run("beheerder@demo.nl", Role.BEHEERDER, () -> {
            Long traject = demoTrajecten.idOf(DemoTrajecten.Demo.STARTED).orElse(null);
            RoleDescription adopted = descriptions.create("Ervaringsdeskundige");
            adopted = descriptions.update(adopted.getId(), adopted.getVersion(), new RoleDescriptionContent(
                    new TitleAndRoles("Ervaringsdeskundige", "psychische kwetsbaarheid",
                            Set.of(ExpertRole.ONDERSTEUNER, ExpertRole.DESKUNDIGHEIDSBEVORDERAAR), traject),
                    new ContextAndTasks("Je werkt in de ggz-polikliniek met cliënten die herstellen van psychische"
                            + " klachten, en met het team dat hen behandelt.",
                            Set.of(Domain.HULPVERLENING, Domain.ONDERWIJS),
                            Set.of(CoreTask.INDIVIDUAL_RECOVERY, CoreTask.RECOVERY_ORIENTED_SUPPORT),
                            List.of("Herstelgesprekken met cliënten", "Meedenken in het multidisciplinair overleg",
                                    "Scholing van collega’s over herstel")),
                    new Competences(Map.of(Competence.RECIPROCAL_CONTACT, CompetenceLevel.GEVORDERD,
                            Competence.METHODS, CompetenceLevel.BASIS, Competence.COLLABORATION,
                            CompetenceLevel.GEVORDERD)),
                    new Placement(Positioning.EMBEDDED, 2, true, false,
                            "Je bent lid van het poliklinische team en van de vakgroep ervaringsdeskundigen.",
                            "Manager polikliniek"),
                    new Terms(EmploymentType.PAID, 24,
                            "De beloning is gelijk aan die van de collega’s met wie je op gelijkwaardige basis"
                                    + " samenwerkt.",
                            "Cao GGZ",
                            "Er is ruimte en tijd om zaken te laten bezinken na emotioneel zware gesprekken."),
                    new SupportAndDevelopment(true, true, false, true,
                            "Een ervaren collega-ervaringsdeskundige is je mentor.", false,
                            "Scholing op maat en een persoonlijk ontwikkelplan."),
                    new FreeSpace("")));
            long reviewer = users.findByEmail("ervaringsdeskundige@demo.nl").orElseThrow().id();
            review[0] = reviews.submitForReview(adopted.getId(), adopted.getVersion(), reviewer);

            RoleDescription draft = descriptions.create("Ervaringsdeskundige");
            descriptions.update(draft.getId(), draft.getVersion(), new RoleDescriptionContent(
                    new TitleAndRoles("Ervaringsdeskundige", "armoede en schulden",
                            Set.of(ExpertRole.BELEIDSBEINVLOEDER), null),
                    new ContextAndTasks("Je denkt mee over het armoedebeleid van de gemeente.", Set.of(Domain.BELEID),
                            Set.of(CoreTask.SOCIAL_OPPORTUNITIES), List.of("Meelezen met beleidsnotities")),
                    new Competences(Map.of(Competence.ADVICE, CompetenceLevel.BASIS)),
                    new Placement(Positioning.OWN_TEAM, 1, false, false, "", ""),
                    new Terms(EmploymentType.VOLUNTEER, 8, "Een vrijwilligersvergoeding.", "", ""),
                    new SupportAndDevelopment(false, false, false, false, "", false, ""),
                    new FreeSpace("")));
        });
        // adopted the way the portal asks: approved by the reviewer, then adopted by someone else than the reviewer
        RunAs.run("ervaringsdeskundige@demo.nl", Role.ERVARINGSDESKUNDIGE, () -> reviews.approve(
                review[0].getId(), review[0].getVersion(), "Helder profiel; de steun en de ruimte om te reflecteren"
                        + " staan er goed in."));
        RunAs.run("beheerder@demo.nl", Role.BEHEERDER, () -> {
            RoleDescription approved = descriptions.find(review[0].getId()).orElseThrow();
            reviews.adopt(approved.getId(), approved.getVersion());
        });
    }
}
