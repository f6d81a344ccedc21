package nl.kwartiermaker.traject;

import java.util.List;

/**
 * A version of the checklist written from the seeds (resource {@code traject/checklist-v<N>.yaml}). Keys identify an
 * item across versions, so a newer version can add what a traject does not have yet.
 */
public record ChecklistTemplate(int version, List<Item> items) {

    public record Item(int version, Stage stage, String groupKey, String groupTitle, String key, String title,
                       String explanation, String knowledge, String source) {
    }
}
