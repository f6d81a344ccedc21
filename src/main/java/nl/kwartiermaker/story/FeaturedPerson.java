package nl.kwartiermaker.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.kwartiermaker.base.AuditedEntity;
import org.hibernate.Length;

/**
 * Someone a story is about, and their consent. An expert with an account ({@code userId}) confirms it in the portal,
 * having seen the exact text and image ({@code consentFingerprint} = the story's fingerprint then); for a client or
 * partner without an account the author records the signed consent form (its date and who took it). Consent is per
 * channel, may ask for the name to be left out, may end on a date, and can be withdrawn at any time.
 */
@Entity
@Table(name = "story_featured_person")
public class FeaturedPerson extends AuditedEntity {

    public static final int NAME_MAX = 150;
    public static final int ANSWER_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    /** Their account, when they have one: then only they give consent. */
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20)
    private FeaturedRelation relation;

    @Column(name = "anonymise", nullable = false)
    private boolean anonymise;

    @Column(name = "consent_intranet", nullable = false)
    private boolean consentIntranet;

    @Column(name = "consent_digest", nullable = false)
    private boolean consentDigest;

    @Column(name = "consent_feed", nullable = false)
    private boolean consentFeed;

    @Column(name = "consent_given_at")
    private Instant consentGivenAt;

    @Column(name = "consent_fingerprint", length = 64)
    private String consentFingerprint;

    /** For someone without an account: the date on the signed consent form, and who took it. */
    @Column(name = "consent_form_date")
    private LocalDate consentFormDate;

    @Column(name = "consent_taken_by_id")
    private Long consentTakenById;

    /** The seed's first question: "Wat wil jij hier van jezelf laten zien?" */
    @Lob
    @Column(name = "answer_show", nullable = false, length = Length.LONG32)
    private String answerShow = "";

    /** The seed's second question: "Weet je zeker dat je dit wilt delen?" */
    @Column(name = "answer_sure", nullable = false)
    private boolean answerSure;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by_id")
    private Long withdrawnById;

    protected FeaturedPerson() {
    }

    FeaturedPerson(long storyId, Long userId, String name, FeaturedRelation relation) {
        this.storyId = storyId;
        this.userId = userId;
        this.name = name;
        this.relation = relation;
    }

    /** The consent as given, for these channels and this version of the story. */
    void consent(ConsentChoice choice, String storyFingerprint, Instant at) {
        this.consentIntranet = choice.intranet();
        this.consentDigest = choice.digest();
        this.consentFeed = choice.feed();
        this.anonymise = choice.anonymise();
        this.expiresOn = choice.expiresOn();
        this.answerShow = choice.answerShow();
        this.answerSure = choice.answerSure();
        this.consentFingerprint = storyFingerprint;
        this.consentGivenAt = at;
        this.withdrawnAt = null;
        this.withdrawnById = null;
    }

    void recordForm(LocalDate formDate, long takenById) {
        this.consentFormDate = formDate;
        this.consentTakenById = takenById;
    }

    /** The author corrects who this is; consent stays with the person, not with how they are described. */
    void describe(String name, FeaturedRelation relation) {
        this.name = name;
        this.relation = relation;
    }

    /** Erasure (after withdrawal): the line stays in the story's consent history, under the pseudonym. */
    void erase(String pseudonym) {
        this.name = pseudonym;
        this.userId = null;
        this.answerShow = "";
    }

    void withdraw(Instant at, long byId) {
        this.withdrawnAt = at;
        this.withdrawnById = byId;
    }

    /**
     * Whether this person's consent covers the story as it is now on this channel today. The one rule in Java; the
     * repository's visibility query says the same in SQL ({@link StoryVisibility}).
     */
    public boolean consents(StoryChannel channel, String storyFingerprint, LocalDate today) {
        return consentGivenAt != null && withdrawnAt == null && storyFingerprint.equals(consentFingerprint)
                && (expiresOn == null || !expiresOn.isBefore(today)) && switch (channel) {
                    case INTRANET -> consentIntranet;
                    case DIGEST -> consentDigest;
                    case FEED -> consentFeed;
                };
    }

    /** The name as a reader sees it: left out when the person asked for that. */
    public boolean isAnonymised() {
        return anonymise;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getStoryId() {
        return storyId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public FeaturedRelation getRelation() {
        return relation;
    }

    public boolean isConsentIntranet() {
        return consentIntranet;
    }

    public boolean isConsentDigest() {
        return consentDigest;
    }

    public boolean isConsentFeed() {
        return consentFeed;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public String getConsentFingerprint() {
        return consentFingerprint;
    }

    public LocalDate getConsentFormDate() {
        return consentFormDate;
    }

    public Long getConsentTakenById() {
        return consentTakenById;
    }

    public String getAnswerShow() {
        return answerShow;
    }

    public boolean isAnswerSure() {
        return answerSure;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Long getWithdrawnById() {
        return withdrawnById;
    }
}
