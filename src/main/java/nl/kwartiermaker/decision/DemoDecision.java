package nl.kwartiermaker.decision;

import java.util.Set;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import nl.kwartiermaker.traject.DemoTrajecten;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A recorded "go" for the demo traject that has started fase 1, so the demo shows a decision and its history. */
@Component
@Profile("demo")
@Order(40)
class DemoDecision implements ApplicationRunner {

    private final GoNoGoService decisions;
    private final GoNoGoDecisionRepository repository;
    private final DemoTrajecten demoTrajecten;
    private final GoNoGoQuestions questions;
    private final PortalTime time;

    DemoDecision(GoNoGoService decisions, GoNoGoDecisionRepository repository, DemoTrajecten demoTrajecten,
                 GoNoGoQuestions questions, PortalTime time) {
        this.decisions = decisions;
        this.repository = repository;
        this.demoTrajecten = demoTrajecten;
        this.questions = questions;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        demoTrajecten.idOf(DemoTrajecten.Demo.STARTED).ifPresent(trajectId -> RunAs.run("beheerder@demo.nl",
                Role.BEHEERDER, () -> decisions.record(trajectId, new DecisionForm(
                        questions.preconditions().stream().map(p -> new PreconditionAssessment(p.key(),
                                Rating.VOLDOENDE, "Besproken in het MT.")).toList(),
                        Set.of(questions.motives().stream().filter(GoNoGoQuestions.Motive::recommended)
                                .findFirst().orElseThrow().key()),
                        Outcome.GO, "De randvoorwaarden zijn op orde en het team staat erachter.",
                        "Na een jaar evalueren.", "MT polikliniek en projectleider",
                        time.today().minusMonths(2), null))));
    }
}
