package nl.kwartiermaker.readiness;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * One submitted questionnaire: only the round, the group and the answers. No person, address, time or sequence
 * number; the key is a random UUID so that neither the key nor its order leads back to an invitation.
 */
@Entity
@Table(name = "scan_response")
class ScanResponse implements Persistable<String> {

    /** The answer "weet niet": counted in the distribution, left out of every score. */
    static final int DONT_KNOW = 0;
    static final int TEXT_MAX = 2000;

    @Id
    @Column(name = "id", nullable = false, length = 36)
    private String id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_group", nullable = false, length = 30)
    private RespondentGroup respondentGroup;

    @ElementCollection
    @CollectionTable(name = "scan_answer", joinColumns = @JoinColumn(name = "response_id"))
    private Set<Answer> answers = new HashSet<>();

    @Transient
    private boolean fresh;

    protected ScanResponse() {
    }

    ScanResponse(long roundId, RespondentGroup group, Set<Answer> answers) {
        this.id = UUID.randomUUID().toString();
        this.roundId = roundId;
        this.respondentGroup = group;
        this.answers.addAll(answers);
        this.fresh = true;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    RespondentGroup getGroup() {
        return respondentGroup;
    }

    Set<Answer> getAnswers() {
        return answers;
    }

    /** A score 0 ("weet niet") to 5 for a statement, or a text for an open question. */
    @Embeddable
    record Answer(@Column(name = "question_id", nullable = false) long questionId,
                  @Column(name = "score") Integer score,
                  @Column(name = "text", length = TEXT_MAX) String text) {
    }
}
