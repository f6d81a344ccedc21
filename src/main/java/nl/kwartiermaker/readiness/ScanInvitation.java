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
 * A way in to a round: a personal invitation (with an address, single use), an anonymous link for a whole group (no
 * address, used by many), or the link a group respondent gets to continue later (no address, single use). Only a hash
 * of the token is kept; a group link also keeps the nonce its token is derived from, so it can be shown again. Deliberately no audit columns: a "last modified" time
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

    /** Empty for a group link, and once the round has been sealed longer than the retention period. */
    @Column(name = "email", length = 254)
    private String email;

    /** Null once the round has been sealed longer than the retention period: the link then is unknown. */
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    /** Which of the three ways in this is. */
    enum Kind { PERSONAL, GROUP, RESUME }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    /** A group link's nonce, from which its token is derived again (never the token itself). */
    @Column(name = "link_nonce", length = 43)
    private String linkNonce;

    @Column(name = "answered", nullable = false)
    private boolean answered;

    @Column(name = "reminders", nullable = false)
    private int reminders;

    @ElementCollection
    @CollectionTable(name = "scan_draft_answer", joinColumns = @JoinColumn(name = "invitation_id"))
    private Set<ScanResponse.Answer> draft = new HashSet<>();

    protected ScanInvitation() {
    }

    private ScanInvitation(Kind kind, long roundId, RespondentGroup group, String email, String tokenHash) {
        this.kind = kind;
        this.roundId = roundId;
        this.respondentGroup = group;
        this.email = email;
        this.tokenHash = tokenHash;
    }

    static ScanInvitation personal(long roundId, RespondentGroup group, String email, String tokenHash) {
        return new ScanInvitation(Kind.PERSONAL, roundId, group, email, tokenHash);
    }

    static ScanInvitation groupLink(long roundId, RespondentGroup group, String nonce, String tokenHash) {
        ScanInvitation link = new ScanInvitation(Kind.GROUP, roundId, group, null, tokenHash);
        link.linkNonce = nonce;
        return link;
    }

    /** A group respondent's own way back to the answers they saved: single use, no address, nothing else known. */
    static ScanInvitation resume(long roundId, RespondentGroup group, String tokenHash) {
        return new ScanInvitation(Kind.RESUME, roundId, group, null, tokenHash);
    }

    /** Single use, with answers that can be saved to continue later: a personal invitation or a resume link. */
    boolean isSingleUse() {
        return kind != Kind.GROUP;
    }

    Kind getKind() {
        return kind;
    }

    String getLinkNonce() {
        return linkNonce;
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

    /** Erasure of the person it went to; answered, so no reminder will ever need the address again. */
    void forgetAddress() {
        email = null;
        draft.clear();
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
