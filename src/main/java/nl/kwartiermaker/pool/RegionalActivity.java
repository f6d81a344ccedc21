package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.kwartiermaker.base.AuditedEntity;
import nl.kwartiermaker.mentoring.ExperienceTheme;

/**
 * An activity of the pool for the whole region rather than one municipality (seed 003: the overview of local needs
 * "aangevuld met regionale activiteiten"), e.g. a regional training or a PSY-café.
 */
@Entity
@Table(name = "pool_regional_activity")
public class RegionalActivity extends AuditedEntity {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description = "";

    @Convert(converter = PoolThemesColumn.class)
    @Column(name = "themes", nullable = false, length = 500)
    private Set<ExperienceTheme> themes = EnumSet.noneOf(ExperienceTheme.class);

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected RegionalActivity() {
    }

    public RegionalActivity(String title) {
        this.title = title;
    }

    public void describe(String title, String description, Set<ExperienceTheme> themes, LocalDate startsOn,
                         LocalDate endsOn) {
        this.title = title.strip();
        this.description = description == null ? "" : description.strip();
        this.themes = themes.isEmpty() ? EnumSet.noneOf(ExperienceTheme.class) : EnumSet.copyOf(themes);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Set<ExperienceTheme> getThemes() {
        return themes.isEmpty() ? EnumSet.noneOf(ExperienceTheme.class) : EnumSet.copyOf(themes);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
