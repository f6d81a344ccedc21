package nl.kwartiermaker.readiness;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * A way in to a round: a personal invitation (with an address, single use) or an anonymous link for a whole group
 * (no address, used by many). Only a hash of the token is kept. Deliberately no audit columns: a "last modified" time
 * would tell when someone answered. Answers in progress (personal links only) are kept here until they are submitted;
 * then they move, without any link back, into an anonymous {@link ScanResponse} and are deleted here.
 */
@Entity
@Table(name = "scan_invitation")
class ScanInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_group", nullable = false, length = 30)
    private RespondentGroup respondentGroup;

    /** Empty for a group link. */
    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "answered", nullable = false)
    private boolean answered;

    @Column(name = "reminders", nullable = false)
    private int reminders;

    @ElementCollection
    @CollectionTable(name = "scan_draft_answer", joinColumns = @JoinColumn(name = "invitation_id"))
    private Set<ScanResponse.Answer> draft = new HashSet<>();

    protected ScanInvitation() {
    }

    private ScanInvitation(long roundId, RespondentGroup group, String email, String tokenHash) {
        this.roundId = roundId;
        this.respondentGroup = group;
        this.email = email;
        this.tokenHash = tokenHash;
    }

    static ScanInvitation personal(long roundId, RespondentGroup group, String email, String tokenHash) {
        return new ScanInvitation(roundId, group, email, tokenHash);
    }

    static ScanInvitation groupLink(long roundId, RespondentGroup group, String tokenHash) {
        return new ScanInvitation(roundId, group, null, tokenHash);
    }

    boolean isPersonal() {
        return email != null;
    }

    void keepDraft(Set<ScanResponse.Answer> answers) {
        draft.clear();
        draft.addAll(answers);
    }

    void markAnswered() {
        answered = true;
        draft.clear();
    }

    /** A reminder carries a new link: the old token is not kept, so it cannot be sent again. */
    void remind(String newTokenHash) {
        tokenHash = newTokenHash;
        reminders++;
    }

    Long getId() {
        return id;
    }

    long getRoundId() {
        return roundId;
    }

    RespondentGroup getGroup() {
        return respondentGroup;
    }

    String getEmail() {
        return email;
    }

    boolean isAnswered() {
        return answered;
    }

    int getReminders() {
        return reminders;
    }

    Set<ScanResponse.Answer> getDraft() {
        return draft;
    }
}
