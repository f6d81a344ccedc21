package nl.kwartiermaker.traject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything a traject's page shows, loaded with a fixed number of queries whatever the checklist's size. */
public record TrajectView(Traject traject, List<ChecklistItem> items, Map<Stage, PhaseProgress> progress,
                          PhaseProgress overall, List<TrajectWarning> warnings, List<ChecklistItem> nextSteps,
                          Map<Long, String> names, boolean canManage, long currentUserId, LocalDate today,
                          int latestTemplate) {

    /** The newest checklist template, when this traject started on an older one and the reader may apply it. */
    public Optional<Integer> newerTemplate() {
        return canManage && latestTemplate > traject.getTemplateVersion() ? Optional.of(latestTemplate)
                : Optional.empty();
    }

    public boolean canEdit(ChecklistItem item) {
        return canManage || (item.getOwnerId() != null && item.getOwnerId() == currentUserId);
    }

    public String nameOf(Long userId) {
        return userId == null ? "" : names.getOrDefault(userId, "#" + userId);
    }
}
