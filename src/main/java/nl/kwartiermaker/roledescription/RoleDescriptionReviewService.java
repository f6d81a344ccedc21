package nl.kwartiermaker.roledescription;

import static nl.kwartiermaker.base.InvalidInput.require;
import static nl.kwartiermaker.roledescription.RoleDescriptionAccess.mayAnswer;
import static nl.kwartiermaker.roledescription.RoleDescriptionAccess.mayView;

import java.util.List;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a role description: HR advisers and Beheerders submit a draft to a reviewer they choose, who comments
 * per section and approves or sends it back; editors answer and resolve remarks and adopt an approved version (a
 * Beheerder also one nobody approved, with a reason).
 */
@Service
@Transactional(readOnly = true)
public class RoleDescriptionReviewService {

    private static final String MAY_EDIT = RoleDescriptionService.MAY_EDIT;

    private final RoleDescriptionRepository descriptions;
    private final ReviewCommentRepository comments;
    private final RoleDescriptionAccess access;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final PortalTime time;

    RoleDescriptionReviewService(RoleDescriptionRepository descriptions, ReviewCommentRepository comments,
                                 RoleDescriptionAccess access, UserService users, ApplicationEventPublisher events,
                                 PortalTime time) {
        this.descriptions = descriptions;
        this.comments = comments;
        this.access = access;
        this.users = users;
        this.events = events;
        this.time = time;
    }

    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription submitForReview(long id, long expectedVersion, long reviewerId) {
        RoleDescription description = access.editable(id, expectedVersion);
        require(description.getStatus() == RoleDescriptionStatus.DRAFT, "roledesc.error.submit.status");
        users.findAccount(reviewerId).filter(a -> a.active())
                .orElseThrow(() -> new InvalidInput("roledesc.error.reviewer"));
        SignedInUser.Account me = access.me();
        // the author cannot approve their own text, so asking themselves would leave it unadoptable
        require(reviewerId != me.id(), "roledesc.error.reviewer.self");
        description.submitTo(reviewerId, me.id());
        RoleDescription saved = descriptions.saveAndFlush(description);
        access.record(saved, ChangeAction.SUBMITTED, List.of());
        events.publishEvent(new RoleDescriptionSubmitted(saved.getId(), saved.fullTitle(), reviewerId,
                access.me().displayName()));
        return saved.withContent();
    }

    /** The reviewer's remark on one section, only while the version is in review. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public ReviewComment comment(long id, DescriptionSection section, String text) {
        SignedInUser.Account me = access.me();
        RoleDescription description = access.visible(id, me);
        if (description.getReviewerId() == null || description.getReviewerId() != me.id()) {
            throw new AccessDeniedException("Only the chosen reviewer comments");
        }
        require(description.getStatus() == RoleDescriptionStatus.IN_REVIEW, "roledesc.error.comment.status");
        String clean = text == null ? "" : text.strip();
        require(section != null && !clean.isEmpty() && clean.length() <= ReviewComment.TEXT_MAX,
                "roledesc.error.comment", ReviewComment.TEXT_MAX);
        ReviewComment saved = comments.saveAndFlush(new ReviewComment(id, section, me.id(), clean, time.now()));
        access.record(description, ChangeAction.COMMENTED, List.of(section));
        return saved;
    }

    /** The reviewer approves the version they review; a summary is optional. Its author hears of it. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public RoleDescription approve(long id, long expectedVersion, String summary) {
        SignedInUser.Account me = access.me();
        RoleDescription description = underReviewBy(id, expectedVersion, me);
        require(!description.isApprovedByOther(), "roledesc.error.approve.twice");
        String clean = summary(summary, false);
        description.approve(me.id(), time.now(), clean.isEmpty() ? null : clean);
        RoleDescription saved = descriptions.saveAndFlush(description);
        access.record(saved, ChangeAction.APPROVED, List.of(), clean);
        events.publishEvent(new RoleDescriptionApproved(saved.getId(), saved.fullTitle(), saved.getAuthorId(),
                me.displayName(), clean));
        return saved.withContent();
    }

    /** The reviewer sends the version back to its author as a draft, saying what to change. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public RoleDescription sendBack(long id, long expectedVersion, String summary) {
        SignedInUser.Account me = access.me();
        RoleDescription description = underReviewBy(id, expectedVersion, me);
        String clean = summary(summary, true);
        description.sendBack(time.now(), clean);
        RoleDescription saved = descriptions.saveAndFlush(description);
        access.record(saved, ChangeAction.SENT_BACK, List.of(), clean);
        events.publishEvent(new RoleDescriptionSentBack(saved.getId(), saved.fullTitle(), saved.getAuthorId(),
                me.displayName(), clean));
        return saved.withContent();
    }

    /**
     * Adopts a version that someone other than its author approved; the version adopted before it stays readable as
     * superseded.
     */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription adopt(long id, long expectedVersion) {
        RoleDescription description = access.editable(id, expectedVersion);
        require(description.getStatus() == RoleDescriptionStatus.IN_REVIEW, "roledesc.error.adopt.status");
        require(description.isApprovedByOther(), "roledesc.error.adopt.approval");
        return adopted(description, null);
    }

    /**
     * A Beheerder adopts a version in review that nobody approved (a reviewer who is away, say), with a reason that
     * the version and its history keep.
     */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public RoleDescription adoptWithoutApproval(long id, long expectedVersion, String reason) {
        RoleDescription description = access.editable(id, expectedVersion);
        require(description.getStatus() == RoleDescriptionStatus.IN_REVIEW, "roledesc.error.adopt.status");
        String clean = reason == null ? "" : reason.strip();
        require(!clean.isEmpty() && clean.length() <= RoleDescription.SUMMARY_MAX, "roledesc.error.override",
                RoleDescription.SUMMARY_MAX);
        return adopted(description, clean);
    }

    private RoleDescription adopted(RoleDescription description, String reasonWithoutApproval) {
        for (RoleDescription other : descriptions.findByLineageIdAndStatus(description.getLineageId(),
                RoleDescriptionStatus.ADOPTED)) {
            other.supersede();
            access.record(other, ChangeAction.NEW_VERSION, List.of());
        }
        description.adopt(access.me().email(), time.now(), reasonWithoutApproval);
        RoleDescription saved = descriptions.saveAndFlush(description);
        access.record(saved, reasonWithoutApproval == null ? ChangeAction.ADOPTED : ChangeAction.ADOPTED_OVERRIDE,
                List.of(), reasonWithoutApproval);
        return saved.withContent();
    }

    /**
     * An answer to a reviewer's remark: by the description's editors while it is a draft or in review, by the reviewer
     * while it is in review.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public ReviewComment answer(long commentId, String text) {
        SignedInUser.Account me = access.me();
        ReviewComment remark = remark(commentId, me);
        RoleDescription description = access.visible(remark.getDescriptionId(), me);
        if (!mayAnswer(description, me)) {
            throw new AccessDeniedException("Only the editors and the reviewer answer, while the text is open");
        }
        String clean = text == null ? "" : text.strip();
        require(!clean.isEmpty() && clean.length() <= ReviewComment.TEXT_MAX, "roledesc.error.answer",
                ReviewComment.TEXT_MAX);
        ReviewComment saved = comments.saveAndFlush(ReviewComment.answer(remark, me.id(), clean, time.now()));
        access.record(description, ChangeAction.ANSWERED, List.of(remark.getSection()));
        return saved;
    }

    /** The author marks a reviewer's remark as dealt with; it leaves the list of open remarks. */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public ReviewComment resolve(long commentId) {
        SignedInUser.Account me = access.me();
        ReviewComment remark = remark(commentId, me);
        RoleDescription description = access.visible(remark.getDescriptionId(), me);
        require(description.getStatus().isEditable(), "roledesc.error.adopted");
        if (remark.isOpen()) {
            remark.resolve(me.id(), time.now());
            access.record(description, ChangeAction.RESOLVED, List.of(remark.getSection()));
        }
        return comments.saveAndFlush(remark);
    }

    private ReviewComment remark(long commentId, SignedInUser.Account me) {
        ReviewComment remark = comments.findById(commentId)
                .filter(c -> descriptions.findById(c.getDescriptionId()).filter(d -> mayView(d, me)).isPresent())
                .orElseThrow(() -> new InvalidInput("roledesc.error.comment.notfound"));
        require(!remark.isAnswer(), "roledesc.error.comment.notfound");
        return remark;
    }

    private RoleDescription underReviewBy(long id, long expectedVersion, SignedInUser.Account me) {
        RoleDescription description = access.visible(id, me);
        if (description.getReviewerId() == null || description.getReviewerId() != me.id()) {
            throw new AccessDeniedException("Only the chosen reviewer approves or sends back");
        }
        description.requireVersion(expectedVersion);
        require(description.getStatus() == RoleDescriptionStatus.IN_REVIEW, "roledesc.error.review.status");
        return description;
    }

    private static String summary(String summary, boolean required) {
        String clean = summary == null ? "" : summary.strip();
        require((!required || !clean.isEmpty()) && clean.length() <= RoleDescription.SUMMARY_MAX,
                required ? "roledesc.error.sendback" : "roledesc.error.summary", RoleDescription.SUMMARY_MAX);
        return clean;
    }
}
