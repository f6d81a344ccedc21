package nl.kwartiermaker.roledescription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.kwartiermaker.base.AuditedEntity;

/** A reusable text the organisation wrote itself for one section, next to the blocks shipped from the seeds. */
@Entity
@Table(name = "role_description_text_block")
public class OwnTextBlock extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, length = 30)
    private DescriptionSection section;

    @Column(name = "title", nullable = false, length = RoleDescription.TITLE_MAX)
    private String title;

    @Column(name = "text", nullable = false, length = RoleDescription.TEXT_MAX)
    private String text;

    protected OwnTextBlock() {
    }

    OwnTextBlock(DescriptionSection section, String title, String text) {
        this.section = section;
        this.title = title;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public DescriptionSection getSection() {
        return section;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }
}
