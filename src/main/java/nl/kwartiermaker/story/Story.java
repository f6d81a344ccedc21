package nl.kwartiermaker.story;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import nl.kwartiermaker.base.AuditedEntity;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.SearchText;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.traject.ExpertRole;
import org.hibernate.Length;

/**
 * A success story: what happened, what made the difference, and who it is about (their consent lives in
 * {@link FeaturedPerson}). The content fingerprint ties each consent to the exact text and image the person saw: any
 * change to them makes the story need everyone's consent again.
 */
@Entity
@Table(name = "story")
public class Story extends AuditedEntity {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int BODY_MAX = 20_000;
    public static final int IMPACT_MAX = 4_000;
    public static final int ALT_MAX = 300;
    public static final int SLUG_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, length = SLUG_MAX, unique = true)
    private String slug;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title = "";

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX)
    private String summary = "";

    @Lob
    @Column(name = "body", nullable = false, length = Length.LONG32)
    private String body = "";

    @Lob
    @Column(name = "impact", nullable = false, length = Length.LONG32)
    private String impact = "";

    @Convert(converter = StoryThemesColumn.class)
    @Column(name = "themes", nullable = false, length = 500)
    private Set<ExperienceTheme> themes = EnumSet.noneOf(ExperienceTheme.class);

    @Convert(converter = StoryRolesColumn.class)
    @Column(name = "expert_roles", nullable = false, length = 200)
    private Set<ExpertRole> roles = EnumSet.noneOf(ExpertRole.class);

    @Column(name = "traject_id")
    private Long trajectId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private StoryStatus status = StoryStatus.DRAFT;

    /** From when a scheduled or published story shows; set when an editor approves it. */
    @Column(name = "publish_from")
    private Instant publishFrom;

    /** Until when it shows; {@code null}: until withdrawn or a consent expires. */
    @Column(name = "publish_until")
    private Instant publishUntil;

    @Column(name = "image_name", length = 80)
    private String imageName;

    @Column(name = "image_alt", nullable = false, length = ALT_MAX)
    private String imageAlt = "";

    @Column(name = "content_fingerprint", nullable = false, length = 64)
    private String contentFingerprint = "";

    /** Title, summary, body and impact folded for accent-insensitive search. */
    @Lob
    @Column(name = "search_text", nullable = false, length = Length.LONG32)
    private String searchText = "";

    /*
     * The same two columns as plain text, read-only, for the library's filters: a query that compares the converted
     * sets above with "like" would have Hibernate convert the pattern as if it were a set.
     */
    @Column(name = "themes", insertable = false, updatable = false)
    private String fencedThemes;

    @Column(name = "expert_roles", insertable = false, updatable = false)
    private String fencedRoles;

    protected Story() {
    }

    Story(long authorId, String slug) {
        this.authorId = authorId;
        this.slug = slug;
        refreshDerived();
    }

    /** Changes the content; the fingerprint changes with it, so earlier consents no longer cover the story. */
    void write(StoryContent content) {
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.impact = content.impact();
        this.themes = content.themes().isEmpty() ? EnumSet.noneOf(ExperienceTheme.class)
                : EnumSet.copyOf(content.themes());
        this.roles = content.roles().isEmpty() ? EnumSet.noneOf(ExpertRole.class) : EnumSet.copyOf(content.roles());
        this.trajectId = content.trajectId();
        refreshDerived();
    }

    void setImage(String imageName, String imageAlt) {
        this.imageName = imageName;
        this.imageAlt = imageAlt == null ? "" : imageAlt;
        refreshDerived();
    }

    /**
     * Erasure of a person named in the story (a data-subject request): the texts and the address name the pseudonym
     * instead. The fingerprint changes with the text, so no earlier consent covers the story any more.
     */
    void pseudonymise(PersonRef person) {
        title = person.pseudonymise(title);
        summary = person.pseudonymise(summary);
        body = person.pseudonymise(body);
        impact = person.pseudonymise(impact);
        imageAlt = person.pseudonymise(imageAlt);
        if (person.names().stream().map(SearchText::slug).anyMatch(name -> !name.isEmpty() && slug.contains(name))) {
            slug = "verwijderd-verhaal-" + id;
        }
        refreshDerived();
    }

    void moveTo(StoryStatus status) {
        this.status = status;
    }

    void schedule(Instant publishFrom, Instant publishUntil) {
        this.publishFrom = publishFrom;
        this.publishUntil = publishUntil;
    }

    private void refreshDerived() {
        this.contentFingerprint = fingerprint(title, summary, body, impact, imageName == null ? "" : imageName,
                imageAlt);
        this.searchText = SearchText.fold(String.join("\n", title, summary, body, impact));
    }

    private static String fingerprint(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                // the length first, so moving text from one part to the next changes the fingerprint too
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) 0);
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getImpact() {
        return impact;
    }

    public Set<ExperienceTheme> getThemes() {
        return themes.isEmpty() ? EnumSet.noneOf(ExperienceTheme.class) : EnumSet.copyOf(themes);
    }

    public Set<ExpertRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(ExpertRole.class) : EnumSet.copyOf(roles);
    }

    public Long getTrajectId() {
        return trajectId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public StoryStatus getStatus() {
        return status;
    }

    public Instant getPublishFrom() {
        return publishFrom;
    }

    public Instant getPublishUntil() {
        return publishUntil;
    }

    public String getImageName() {
        return imageName;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public String getContentFingerprint() {
        return contentFingerprint;
    }
}
