package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped onboarding plans are complete and well-formed, and the loader refuses one that is not. */
class OnboardingTemplatesTest {

    static final List<OnboardingTemplate> SHIPPED = OnboardingTemplates.load();

    @Test
    void every_shipped_version_has_ten_to_fourteen_complete_tasks_with_unique_keys() {
        assertThat(SHIPPED).isNotEmpty();
        for (OnboardingTemplate template : SHIPPED) {
            assertThat(template.version()).isPositive();
            assertThat(template.tasks()).hasSizeBetween(10, 14);
            Set<String> keys = new HashSet<>();
            for (OnboardingTemplate.Task task : template.tasks()) {
                assertThat(keys.add(task.key())).as("unique key " + task.key()).isTrue();
                assertThat(task.key()).matches("[a-z0-9-]+(\\.[a-z0-9-]+)+").hasSizeLessThanOrEqualTo(80);
                assertThat(task.title()).isNotBlank().hasSizeLessThanOrEqualTo(OnboardingTask.TITLE_MAX);
                assertThat(task.explanation()).isNotBlank();
                assertThat(task.owner()).isNotNull();
                assertThat(task.dueOffsetDays()).isBetween(-60, 365);
                // each task names the seed it was written from (000, 001 or 002) and fits its column
                assertThat(task.source()).matches("00[0-4] .+").hasSizeLessThanOrEqualTo(300);
                assertThat(task.title() + task.explanation()).as(task.key()).doesNotContainIgnoringCase("maatje");
            }
        }
    }

    @Test
    void the_plan_covers_the_steps_the_seeds_name_and_gives_every_owner_a_part() {
        OnboardingTemplate latest = new OnboardingTemplates(SHIPPED).latest();
        assertThat(latest.tasks()).extracting(OnboardingTemplate.Task::owner).contains(TaskOwner.values());
        String all = latest.tasks().stream().map(t -> t.title() + " " + t.explanation()).reduce("", String::concat)
                .toLowerCase();
        assertThat(all).contains("werkoverleg", "meelopen", "bcp-e", "uitkering", "vergoeding", "rollen, taken",
                "mentor", "buddy", "evaluatie", "collega-ervaringsdeskundigen");
    }

    @Test
    void version_2_only_rewords_version_1_so_a_running_plan_gains_no_tasks_from_it() {
        OnboardingTemplates shipped = new OnboardingTemplates(SHIPPED);
        OnboardingTemplate one = shipped.version(1).orElseThrow();
        OnboardingTemplate two = shipped.version(2).orElseThrow();
        assertThat(two.tasks()).extracting(OnboardingTemplate.Task::key)
                .containsExactlyElementsOf(one.tasks().stream().map(OnboardingTemplate.Task::key).toList());
        assertThat(two.tasks()).extracting(OnboardingTemplate.Task::explanation)
                .noneMatch(e -> e.contains("functieomschrijving") || e.contains("casuïstiek") || e.contains("'"))
                .anyMatch(e -> e.contains("op basis van het functieprofiel"));
    }

    @Test
    void the_latest_version_is_the_highest() {
        OnboardingTemplate one = new OnboardingTemplate(1, List.of());
        OnboardingTemplate two = new OnboardingTemplate(2, List.of());
        assertThat(new OnboardingTemplates(List.of(two, one)).latest()).isEqualTo(two);
        assertThat(new OnboardingTemplates(List.of(two, one)).version(1)).contains(one);
    }

    @Test
    void a_task_without_owner_or_due_offset_or_with_a_repeated_key_is_refused() {
        assertThatThrownBy(() -> OnboardingTemplates.parse(template(task("a.b", null, 3))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("owner");
        assertThatThrownBy(() -> OnboardingTemplates.parse(template(task("a.b", "EXPERT", null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("due");
        assertThatThrownBy(() -> OnboardingTemplates.parse(template(task("a.b", "EXPERT", 1), task("a.b", "HR", 2))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("repeats key a.b");
        assertThat(OnboardingTemplates.parse(template(task("a.b", "EXPERT", -7))).tasks().getFirst().dueOffsetDays())
                .isEqualTo(-7);
    }

    @SafeVarargs
    static Map<String, Object> template(Map<String, Object>... tasks) {
        return Map.of("version", 9, "tasks", List.of(tasks));
    }

    static Map<String, Object> task(String key, String owner, Integer due) {
        Map<String, Object> task = new HashMap<>(Map.of("key", key, "title", "Titel", "explanation", "Uitleg",
                "source", "000 Tip 7"));
        if (owner != null) {
            task.put("owner", owner);
        }
        if (due != null) {
            task.put("due", due);
        }
        return task;
    }
}
