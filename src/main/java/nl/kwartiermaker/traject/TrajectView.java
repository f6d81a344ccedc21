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
                          DateWindow dates, int latestTemplate, Map<String, List<ChecklistLinks.ItemLink>> links,
                          List<StageChange> history, List<TrajectActivity> activities) {

    /** How a stage is shown (decision 0004, "Phase guidance"): done only when its checklist is complete. */
    public StageStatus statusOf(Stage stage) {
        Stage current = traject.getStage();
        if (stage == current) {
            return StageStatus.CURRENT;
        }
        if (current.isBefore(stage)) {
            return StageStatus.LATER;
        }
        if (stage == Stage.GO_NO_GO) {
            // passed only by a recorded "go": the decision is done, whatever the verkenning left open
            return StageStatus.DONE;
        }
        PhaseProgress checklist = progress.get(StageStatus.checklistOf(stage));
        return checklist == null || checklist.complete() ? StageStatus.DONE : StageStatus.LEFT_OPEN;
    }

    /** Open steps of the checklist the current stage is judged by: what moving on would leave behind. */
    public long openStepsNow() {
        PhaseProgress checklist = progress.get(StageStatus.checklistOf(traject.getStage()));
        return checklist == null ? 0 : checklist.open();
    }

    /** Activities from today on, soonest first. */
    public List<TrajectActivity> upcomingActivities() {
        return activities.stream().filter(a -> !a.getDate().isBefore(today)).toList();
    }

    /** Activities that have taken place, most recent first. */
    public List<TrajectActivity> pastActivities() {
        return activities.stream().filter(a -> a.getDate().isBefore(today)).sorted(
                java.util.Comparator.comparing(TrajectActivity::getDate).reversed()).toList();
    }

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
