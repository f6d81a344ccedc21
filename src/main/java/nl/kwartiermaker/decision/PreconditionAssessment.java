package nl.kwartiermaker.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One crucial precondition, rated, with the evidence for the rating. */
@Embeddable
public record PreconditionAssessment(
        @Column(name = "precondition", nullable = false, length = 40) String precondition,
        @Enumerated(EnumType.STRING) @Column(name = "rating", nullable = false, length = 20) Rating rating,
        @Column(name = "evidence", nullable = false, length = PreconditionAssessment.EVIDENCE_MAX) String evidence) {

    public static final int EVIDENCE_MAX = 1000;
}
