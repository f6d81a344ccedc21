package nl.kwartiermaker.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import nl.kwartiermaker.traject.TrajectService;
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
    private final TrajectService trajecten;
    private final GoNoGoQuestions questions;
    private final Clock clock;

    DemoDecision(GoNoGoService decisions, GoNoGoDecisionRepository repository, TrajectService trajecten,
                 GoNoGoQuestions questions, Clock clock) {
        this.decisions = decisions;
        this.repository = repository;
        this.trajecten = trajecten;
        this.questions = questions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        RunAs.run("beheerder@demo.nl", Role.BEHEERDER, () -> trajecten.list(TrajectService.Filter.active()).stream()
                .filter(t -> t.name().equals("Ervaringsdeskundigen in de ggz-poli")).findFirst()
                .ifPresent(traject -> decisions.record(traject.id(), new DecisionForm(
                        questions.preconditions().stream().map(p -> new PreconditionAssessment(p.key(),
                                Rating.VOLDOENDE, "Besproken in het MT.")).toList(),
                        Set.of(questions.motives().stream().filter(GoNoGoQuestions.Motive::recommended)
                                .findFirst().orElseThrow().key()),
                        Outcome.GO, "De randvoorwaarden zijn op orde en het team staat erachter.",
                        "Na een jaar evalueren.", "MT polikliniek en projectleider",
                        LocalDate.now(clock).minusMonths(2), null))));
    }
}
