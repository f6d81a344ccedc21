package nl.kwartiermaker.roledescription;

import java.util.List;
import java.util.Map;

/**
 * Everything the page of one version shows, loaded in one transaction with a fixed number of statements: the
 * version with its content, its warnings, comments and history, the vacancy text and interview questions in the
 * person's language, and the trajecten it can be linked to.
 */
public record RoleDescriptionPage(RoleDescription description, List<RoleDescriptionWarning> warnings,
                                  List<ReviewComment> comments, List<RoleDescriptionVersion> versions,
                                  List<RoleDescriptionChange> changes, Map<Long, String> names,
                                  Map<Long, String> trajectNames, String vacancy,
                                  List<InterviewQuestion> interviewQuestions, boolean mayEdit, boolean mayComment) {

    public String nameOf(Long userId) {
        return userId == null ? "" : names.getOrDefault(userId, "#" + userId);
    }

    /** The name of the traject this version is linked to, or empty when none or one this person cannot see. */
    public String trajectName() {
        Long trajectId = description.getTrajectId();
        return trajectId == null ? "" : trajectNames.getOrDefault(trajectId, "");
    }

    public List<ReviewComment> commentsOn(DescriptionSection section) {
        return comments.stream().filter(c -> c.getSection() == section).toList();
    }
}
