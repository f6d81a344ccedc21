package nl.kwartiermaker.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import nl.kwartiermaker.base.AuditedEntity;
import org.hibernate.Length;

/** The one row with the organisation's name and logo. */
@Entity
@Table(name = "organisation_profile")
class OrganisationProfile extends AuditedEntity implements Persistable<Long> {

    static final long THE_ONLY_ID = 1;

    @Id
    private Long id;

    @Column(name = "name", nullable = false, length = OrganisationService.NAME_MAX)
    private String name;

    @Lob
    @Column(name = "logo", length = Length.LONG32)
    private byte[] logo;

    @Column(name = "logo_type", length = 20)
    private String logoType;

    // the id is fixed, so Spring Data cannot tell a new row by its id; without this it would merge instead of insert
    @Transient
    private boolean fresh;

    protected OrganisationProfile() {
    }

    OrganisationProfile(String name) {
        this.id = THE_ONLY_ID;
        this.name = name;
        this.fresh = true;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    String name() {
        return name;
    }

    /** The logo as the database holds it, empty when there is none; not necessarily a readable picture. */
    byte[] storedLogo() {
        return logo == null ? new byte[0] : logo.clone();
    }

    void rename(String newName) {
        name = newName;
    }

    void replaceLogo(byte[] bytes, String type) {
        logo = bytes == null ? null : bytes.clone();
        logoType = type;
    }
}
