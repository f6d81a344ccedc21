package nl.kwartiermaker.decision;

import java.util.List;
import nl.kwartiermaker.traject.TrajectAdvice;
import nl.kwartiermaker.traject.TrajectWarning;
import org.springframework.stereotype.Component;

/**
 * Warns on a traject's page when the decision in force names a motive the seeds advise against. It reads the
 * decisions directly: the traject service asks for this advice, so going through the decision service (which uses
 * the traject service) would be a cycle. The traject service has already checked access.
 */
@Component
class MotiveAdvice implements TrajectAdvice {

    private final GoNoGoDecisionRepository decisions;
    private final GoNoGoQuestions questions;

    MotiveAdvice(GoNoGoDecisionRepository decisions, GoNoGoQuestions questions) {
        this.decisions = decisions;
        this.questions = questions;
    }

    @Override
    public List<TrajectWarning> warningsFor(long trajectId) {
        return decisions.findFirstByTrajectIdOrderByRecordedAtDescIdDesc(trajectId)
                .map(d -> questions.discouraged(d.getMotives())).orElse(List.of()).stream()
                .map(m -> new TrajectWarning("traject.warning.motive", List.of(m.statement(), m.explanation()),
                        m.source()))
                .toList();
    }
}
