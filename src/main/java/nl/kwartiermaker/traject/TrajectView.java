package nl.kwartiermaker.traject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kwartiermaker.base.DateWindow;

/**
 * Everything a traject's page shows, loaded with a fixed number of queries whatever the checklist's size;
 * {@code dates} are the due dates its steps may have.
 */
public record TrajectView(Traject traject, List<ChecklistItem> items, Map<Stage, PhaseProgress> progress,
                          PhaseProgress overall, List<TrajectWarning> warnings, List<ChecklistItem> nextSteps,
                          Map<Long, String> names, boolean canManage, long currentUserId, LocalDate today,
                          DateWindow dates, int latestTemplate, Map<String, List<ChecklistLinks.ItemLink>> links) {

    /** The newest checklist template, when this traject started on an older one and the reader may apply it. */
    public Optional<Integer> newerTemplate() {
        return canManage && latestTemplate > traject.getTemplateVersion() ? Optional.of(latestTemplate)
                : Optional.empty();
    }

    /** Documents other features link to this checklist item, e.g. a role description. */
    public List<ChecklistLinks.ItemLink> linksOf(ChecklistItem item) {
        return item.getTemplateKey() == null ? List.of() : links.getOrDefault(item.getTemplateKey(), List.of());
    }

    public boolean canEdit(ChecklistItem item) {
        return canManage || (item.getOwnerId() != null && item.getOwnerId() == currentUserId);
    }

    public String nameOf(Long userId) {
        return userId == null ? "" : names.getOrDefault(userId, "#" + userId);
    }
}
