package nl.kwartiermaker.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * A simple dated item on a traject that staff may want to attend, such as an information meeting (issue 11, "A home
 * for staff"). The project lead keeps them; the staff card on the Overzicht shows the coming ones.
 */
@Entity
@Table(name = "traject_activity")
public class TrajectActivity extends AuditedEntity {

    public static final int TITLE_MAX = 150;
    public static final int PLACE_MAX = 150;
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "traject_id", nullable = false)
    private long trajectId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Column(name = "place", nullable = false, length = PLACE_MAX)
    private String place;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    protected TrajectActivity() {
    }

    TrajectActivity(long trajectId, ActivityForm form) {
        this.trajectId = trajectId;
        apply(form);
    }

    void apply(ActivityForm form) {
        title = form.title();
        date = form.date();
        place = form.place();
        description = form.description();
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getTrajectId() {
        return trajectId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }
}
