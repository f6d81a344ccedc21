package nl.kwartiermaker.roledescription;

import java.util.List;
import java.util.Map;

/**
 * Everything the page of one version shows, loaded in one transaction with a fixed number of statements: the
 * version with its content, its warnings, comments and history, the vacancy text (and its closing "Solliciteren"
 * section) and interview questions in the person's language, and the trajecten it can be linked to.
 */
public record RoleDescriptionPage(RoleDescription description, List<RoleDescriptionWarning> warnings,
                                  List<ReviewComment> comments, List<RoleDescriptionVersion> versions,
                                  List<RoleDescriptionChange> changes, Map<Long, String> names,
                                  Map<Long, String> trajectNames, String vacancy, String application,
                                  List<InterviewQuestion> interviewQuestions, boolean mayEdit, boolean mayComment,
                                  boolean mayAnswer, boolean mayAdopt, boolean mayOverride) {

    /** The reviewer approves or sends back while the version is in review: the same moment they may comment. */
    public boolean mayReview() {
        return mayComment;
    }

    /** The reviewer's remarks nobody marked resolved yet, in the order they were written. */
    public List<ReviewComment> openComments() {
        return comments.stream().filter(ReviewComment::isOpen).toList();
    }

    public List<ReviewComment> resolvedComments() {
        return comments.stream().filter(c -> !c.isAnswer() && !c.isOpen()).toList();
    }

    public List<ReviewComment> answersTo(ReviewComment remark) {
        return comments.stream().filter(c -> remark.getId().equals(c.getReplyToId())).toList();
    }

    /** Who made a change of the history, by name; an address only for a change by someone the portal lost. */
    public String nameOf(RoleDescriptionChange change) {
        return change.getChangedById() == null ? change.getChangedBy() : nameOf(change.getChangedById());
    }

    public String nameOf(Long userId) {
        return userId == null ? "" : names.getOrDefault(userId, "#" + userId);
    }

    /** The name of the traject this version is linked to, or empty when none or one this person cannot see. */
    public String trajectName() {
        Long trajectId = description.getTrajectId();
        return trajectId == null ? "" : trajectNames.getOrDefault(trajectId, "");
    }

    /** The remarks on a section (answers are shown with their remark). */
    public List<ReviewComment> commentsOn(DescriptionSection section) {
        return comments.stream().filter(c -> c.getSection() == section && !c.isAnswer()).toList();
    }
}
