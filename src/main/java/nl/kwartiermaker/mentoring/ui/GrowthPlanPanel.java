package nl.kwartiermaker.mentoring.ui;

import static nl.kwartiermaker.base.ui.Marks.badge;
import static nl.kwartiermaker.base.ui.Marks.muted;
import static nl.kwartiermaker.base.ui.Marks.note;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.GoalStatus;
import nl.kwartiermaker.mentoring.GrowthGoal;
import nl.kwartiermaker.mentoring.GrowthPlan;
import nl.kwartiermaker.mentoring.GrowthPlanService;

/**
 * An expert's growth plan for the expert and their mentor: seed 000's advice to work on one goal at a time, the
 * active goals with their actions and review dates, the ended ones folded away. The expert writes and ends goals;
 * both record a review. Built again from one read after every change.
 */
class GrowthPlanPanel extends Section {

    private final transient GrowthPlanService growthPlans;
    private final long personId;
    private transient GrowthPlan plan;

    GrowthPlanPanel(GrowthPlanService growthPlans, GrowthPlan plan) {
        this.growthPlans = growthPlans;
        this.personId = plan.personId();
        setId(GrowthPlanService.ANCHOR);
        addClassNames("card", "growth-plan");
        show(plan);
    }

    private void reload() {
        show(growthPlans.plan(personId));
    }

    private void show(GrowthPlan shown) {
        plan = shown;
        removeAll();
        // seed 000, tip 7: mentor and expert work on one goal at a time
        add(new H2(getTranslation("mentoring.growth.title")), new Paragraph(getTranslation(plan.canEdit()
                ? "mentoring.growth.hint" : "mentoring.growth.hint.mentor")));
        long active = plan.activeGoals();
        if (active > 1) {
            add(note(getTranslation("mentoring.growth.many", active)));
        }
        List<GrowthGoal> current = plan.goals().stream().filter(g -> g.getStatus() == GoalStatus.ACTIVE).toList();
        List<GrowthGoal> ended = plan.goals().stream().filter(g -> g.getStatus() != GoalStatus.ACTIVE).toList();
        if (current.isEmpty()) {
            add(new Paragraph(getTranslation(plan.canEdit() ? "mentoring.growth.none"
                    : "mentoring.growth.none.mentor")));
        } else {
            add(list(current));
        }
        if (plan.canEdit()) {
            add(new Button(getTranslation("mentoring.growth.add"), VaadinIcon.PLUS.create(),
                    e -> new GoalDialog(growthPlans, personId, null, plan.dates(), plan.today(), this::reload).open()));
        }
        if (!ended.isEmpty()) {
            Details earlier = new Details(getTranslation("mentoring.growth.ended", ended.size()), list(ended));
            earlier.addClassName("growth-ended");
            add(earlier);
        }
    }

    private UnorderedList list(List<GrowthGoal> goals) {
        UnorderedList list = new UnorderedList();
        list.addClassName("checklist-items");
        goals.forEach(goal -> list.add(new ListItem(goal(goal))));
        return list;
    }

    private Component goal(GrowthGoal goal) {
        Div block = new Div();
        block.addClassName("growth-goal");
        H3 title = new H3(goal.getGoal());
        Div marks = new Div(badge(getTranslation(goal.getStatus().labelKey()),
                goal.getStatus() == GoalStatus.ACTIVE ? "status-bezig" : "status-gereed"));
        marks.addClassName("item-line");
        if (goal.isReviewDue(plan.today())) {
            marks.add(badge(getTranslation("mentoring.growth.review.due", date(goal.getReviewOn())), "error"));
        } else if (goal.getReviewOn() != null && goal.getStatus() == GoalStatus.ACTIVE) {
            marks.add(muted(getTranslation("mentoring.growth.review.on", date(goal.getReviewOn()))));
        }
        marks.add(muted(goal.getLastReviewedOn() == null ? getTranslation("mentoring.growth.reviewed.never")
                : getTranslation("mentoring.growth.reviewed.on", date(goal.getLastReviewedOn()))));
        block.add(title, marks);
        List<String> actions = goal.getActions().lines().map(String::strip).filter(a -> !a.isEmpty()).toList();
        if (!actions.isEmpty()) {
            UnorderedList steps = new UnorderedList();
            actions.forEach(a -> steps.add(new ListItem(a)));
            block.add(new Paragraph(getTranslation("mentoring.growth.actions")), steps);
        }
        Div buttons = new Div();
        buttons.addClassName("item-line");
        if (goal.getStatus() == GoalStatus.ACTIVE) {
            buttons.add(action("mentoring.growth.mark_reviewed", goal, ButtonVariant.PRIMARY, () -> {
                growthPlans.markReviewed(goal.getId(), goal.getVersion());
                Notices.success(getTranslation("mentoring.growth.marked_reviewed"));
                reload();
            }));
        }
        if (plan.canEdit()) {
            buttons.add(action("mentoring.growth.edit", goal, ButtonVariant.TERTIARY, () -> new GoalDialog(growthPlans,
                    personId, goal, plan.dates(), plan.today(), this::reload).open()));
        }
        if (buttons.getComponentCount() > 0) {
            block.add(buttons);
        }
        return block;
    }

    /** A small button whose spoken name starts with its visible text and says which goal it is for. */
    private Button action(String key, GrowthGoal goal, ButtonVariant variant, Runnable run) {
        String text = getTranslation(key);
        Button button = new Button(text, e -> run.run());
        button.addThemeVariants(ButtonVariant.SMALL, variant);
        button.setAriaLabel(getTranslation("mentoring.growth.action.aria", text, goal.getGoal()));
        return button;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
    }
}
