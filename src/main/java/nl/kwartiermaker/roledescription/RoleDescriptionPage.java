package nl.kwartiermaker.roledescription;

import java.util.List;
import java.util.Map;

/** Everything the builder shows for one version, loaded with a fixed number of queries. */
public record RoleDescriptionPage(RoleDescription description, List<RoleDescriptionWarning> warnings,
                                  List<ReviewComment> comments, List<RoleDescription> versions,
                                  List<RoleDescriptionChange> changes, Map<Long, String> names, String trajectName,
                                  boolean mayEdit, boolean mayComment) {

    public String nameOf(Long userId) {
        return userId == null ? "" : names.getOrDefault(userId, "#" + userId);
    }

    public List<ReviewComment> commentsOn(Section section) {
        return comments.stream().filter(c -> c.getSection() == section).toList();
    }
}
