package nl.kwartiermaker.traject;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How far trajecten are, counted from their checklists: shared by the traject list, page and the staff card. */
final class TrajectProgress {

    private TrajectProgress() {
    }

    /** Each traject's progress per stage, in one statement. */
    static Map<Long, Map<Stage, PhaseProgress>> progress(ChecklistItemRepository items, List<Long> trajectIds,
                                                         LocalDate today) {
        Map<Long, Map<Stage, PhaseProgress>> result = new java.util.HashMap<>();
        for (ChecklistItemRepository.StatusCount count : items.countByStatus(trajectIds, today)) {
            PhaseProgress part = new PhaseProgress(count.getStage(), count.getItems(),
                    count.getStatus().isDone() ? count.getItems() : 0, count.getOverdue(), 0);
            result.computeIfAbsent(count.getTrajectId(), k -> new EnumMap<>(Stage.class))
                    .merge(count.getStage(), part, PhaseProgress::plus);
        }
        return result;
    }

    static PhaseProgress count(ChecklistItem item, LocalDate today) {
        return new PhaseProgress(item.getStage(), 1, item.getStatus().isDone() ? 1 : 0,
                item.isOverdue(today) ? 1 : 0, item.getOwnerId() == null && !item.getStatus().isDone() ? 1 : 0);
    }

    static PhaseProgress overall(Map<Stage, PhaseProgress> stages) {
        return stages.values().stream().reduce(empty(null), PhaseProgress::plus);
    }

    static PhaseProgress empty(Stage stage) {
        return new PhaseProgress(stage, 0, 0, 0, 0);
    }
}
