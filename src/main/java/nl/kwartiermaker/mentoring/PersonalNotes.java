package nl.kwartiermaker.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import nl.kwartiermaker.base.AuditedEntity;
import org.hibernate.Length;

/**
 * The sensitive part of an expert's entry: their personal situation and notes on their well-being. Kept apart from
 * {@link RegisteredPerson} so that only the one service method that checks who may read them, and writes the reading
 * to the audit log, ever loads them. Only the expert, their own mentor or buddy and the coordinator may read them.
 */
@Entity
@Table(name = "mentoring_personal_notes")
public class PersonalNotes extends AuditedEntity {

    public static final int TEXT_MAX = 4000;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Lob
    @Column(name = "personal_situation", nullable = false, length = Length.LONG32)
    private String personalSituation = "";

    @Lob
    @Column(name = "wellbeing_notes", nullable = false, length = Length.LONG32)
    private String wellbeingNotes = "";

    protected PersonalNotes() {
    }

    PersonalNotes(long personId) {
        this.personId = personId;
    }

    @Override
    public Long getId() {
        return personId;
    }

    public String getPersonalSituation() {
        return personalSituation;
    }

    void setPersonalSituation(String personalSituation) {
        this.personalSituation = personalSituation;
    }

    public String getWellbeingNotes() {
        return wellbeingNotes;
    }

    void setWellbeingNotes(String wellbeingNotes) {
        this.wellbeingNotes = wellbeingNotes;
    }
}
