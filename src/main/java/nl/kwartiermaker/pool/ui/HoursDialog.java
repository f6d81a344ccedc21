package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.Deployment;
import nl.kwartiermaker.pool.DeploymentRequestService.DeploymentLine;
import nl.kwartiermaker.pool.RealisedHours;
import nl.kwartiermaker.pool.RealisedHoursService;

/**
 * Records one week of a deployment: hours, how many residents were reached and on what theme — a count, never who.
 * The weeks to choose from are the deployment's weeks that have begun, the latest first; a week recorded before
 * shows its figures, and saving it again corrects it.
 */
class HoursDialog extends Dialog {

    private final transient Map<LocalDate, RealisedHours> recorded;
    final Select<LocalDate> week = new Select<>();
    final BigDecimalField worked = new BigDecimalField();
    final IntegerField residents = new IntegerField();
    final Select<ExperienceTheme> theme = new Select<>();
    final Paragraph correcting = new Paragraph();
    final Button save = new Button();

    HoursDialog(RealisedHoursService hours, DeploymentLine line, ExperienceTheme requestTheme, LocalDate today,
                Runnable onSaved) {
        Deployment deployment = line.deployment();
        this.recorded = line.weeks().stream().collect(Collectors.toMap(RealisedHours::getWeekStart,
                Function.identity()));
        setHeaderTitle(getTranslation("pool.deploy.hours.title", line.expertName()));
        setWidth("min(34rem, 100vw)");
        List<LocalDate> weeks = new ArrayList<>();
        LocalDate latest = PoolDates.mondayOf(deployment.getEndsOn().isBefore(today) ? deployment.getEndsOn() : today);
        for (LocalDate monday = latest; !monday.isBefore(PoolDates.mondayOf(deployment.getStartsOn()));
             monday = monday.minusWeeks(1)) {
            weeks.add(monday);
        }
        week.setLabel(getTranslation("pool.deploy.column.week"));
        week.setItems(weeks);
        week.setItemLabelGenerator(monday -> monday == null ? "" : PoolDates.week(this, monday));
        worked.setLabel(getTranslation("pool.deploy.column.hours"));
        worked.setHelperText(getTranslation("pool.deploy.hours.help", RealisedHoursService.HOURS_MAX));
        residents.setLabel(getTranslation("pool.deploy.column.residents"));
        residents.setHelperText(getTranslation("pool.deploy.residents.help"));
        residents.setMin(0);
        residents.setMax(RealisedHoursService.RESIDENTS_MAX);
        theme.setLabel(getTranslation("pool.deploy.column.theme"));
        theme.setItems(ExperienceTheme.values());
        theme.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        theme.setValue(requestTheme);
        correcting.addClassName("muted");
        week.addValueChangeListener(e -> show(e.getValue(), requestTheme));
        // last week is the one most often written; the current week when the deployment began this week
        week.setValue(weeks.size() > 1 && weeks.getFirst().equals(PoolDates.mondayOf(today)) ? weeks.get(1)
                : weeks.getFirst());

        FormLayout form = new FormLayout(week, worked, residents, theme);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        add(form, correcting);
        DialogButtons.saveAndCancel(this, save, () -> {
            hours.record(deployment.getId(), new RealisedHoursService.WeekFigures(week.getValue(), worked.getValue(),
                    residents.getValue(), theme.getValue()));
            Notices.success(getTranslation("pool.deploy.hours.saved", PoolDates.week(this, week.getValue())));
            close();
            onSaved.run();
        });
    }

    /** A week recorded before shows what was recorded, so that saving corrects it knowingly. */
    private void show(LocalDate monday, ExperienceTheme requestTheme) {
        RealisedHours before = monday == null ? null : recorded.get(monday);
        worked.setValue(before == null ? null : before.getHours());
        residents.setValue(before == null ? null : before.getResidentsReached());
        theme.setValue(before == null ? requestTheme : before.getTheme());
        correcting.setText(before == null ? "" : getTranslation("pool.deploy.hours.correcting"));
        correcting.setVisible(before != null);
    }
}
