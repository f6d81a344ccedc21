package nl.kwartiermaker.decision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.kwartiermaker.base.PersonMentions;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import org.springframework.stereotype.Component;

/**
 * Go/no-go decisions the person recorded (by address) or is named in as a decision maker. The history is immutable,
 * so erasure changes only who: the pseudonym replaces them, by one explicit update per decision
 * (in SQL: the entity is immutable to Hibernate).
 */
@Component
class DecisionPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String feature() {
        return "decision";
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        for (GoNoGoDecision decision : decisions(person)) {
            section.add("decision", "id", decision.getId(), "trajectId", decision.getTrajectId(), "outcome",
                    decision.getOutcome(), "decidedOn", decision.getDecidedOn(), "decisionMakers",
                    decision.getDecisionMakers(), "recordedBy", decision.getRecordedBy(), "recordedAt",
                    decision.getRecordedAt());
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (GoNoGoDecision decision : decisions(person)) {
            // the entity is immutable to Hibernate; this one change goes to the table itself
            changed += entityManager.createNativeQuery("update go_no_go_decision set recorded_by = ?,"
                            + " decision_makers = ?, rationale = ?, conditions = ? where id = ?")
                    .setParameter(1, person.pseudonymise(decision.getRecordedBy()))
                    .setParameter(2, person.pseudonymise(decision.getDecisionMakers()))
                    .setParameter(3, person.pseudonymise(decision.getRationale()))
                    .setParameter(4, person.pseudonymise(decision.getConditions()))
                    .setParameter(5, decision.getId()).executeUpdate();
        }
        return changed;
    }

    private List<GoNoGoDecision> decisions(PersonRef person) {
        return PersonMentions.in(entityManager, GoNoGoDecision.class, person, "recordedBy", "decisionMakers",
                "rationale", "conditions");
    }
}
