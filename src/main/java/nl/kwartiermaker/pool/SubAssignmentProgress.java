package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One line in a sub-assignment's progress log: what happened, written by whom on which day. Kept as written. */
@Entity
@Table(name = "pool_sub_progress")
public class SubAssignmentProgress {

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sub_assignment_id", nullable = false)
    private long subAssignmentId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(name = "note", nullable = false, length = NOTE_MAX)
    private String note;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    protected SubAssignmentProgress() {
    }

    public SubAssignmentProgress(long subAssignmentId, LocalDate writtenOn, String note, long authorId) {
        this.subAssignmentId = subAssignmentId;
        this.writtenOn = writtenOn;
        this.note = note.strip();
        this.authorId = authorId;
    }

    public Long getId() {
        return id;
    }

    public long getSubAssignmentId() {
        return subAssignmentId;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public String getNote() {
        return note;
    }

    public long getAuthorId() {
        return authorId;
    }
}
