package nl.kwartiermaker.roledescription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The first draft of a vacancy, written from the role description: who we look for, what you do, what you bring,
 * what we offer. HR edits it before it goes out (seed 001, Fase 2: zet een reguliere vacature uit).
 */
public final class VacancyText {

    private VacancyText() {
    }

    public static String generate(RoleDescriptionContent c, String organisationName, Labels labels) {
        StringBuilder text = new StringBuilder();
        String organisation = organisationName.isBlank() ? labels.get("roledesc.vacancy.we") : organisationName;
        text.append(labels.get("roledesc.vacancy.intro", organisation, c.fullTitle())).append("\n\n");
        ContextAndTasks work = c.contextAndTasks();
        if (!work.context().isEmpty()) {
            text.append(work.context()).append("\n\n");
        }
        List<String> doing = new ArrayList<>();
        c.titleAndRoles().roles().stream().sorted().forEach(r -> doing.add(labels.get("roledesc.vacancy.role",
                labels.get("traject.role." + r.name().toLowerCase(Locale.ROOT)))));
        work.coreTasks().stream().sorted().forEach(t -> doing.add(labels.get(t.labelKey())));
        doing.addAll(work.tasks());
        list(text, labels.get("roledesc.vacancy.doing"), doing);
        List<String> bringing = new ArrayList<>();
        bringing.add(labels.get("roledesc.vacancy.experience"));
        Arrays.stream(Competence.values()).filter(c.competences().levels()::containsKey).forEach(k -> bringing.add(
                labels.get(k.labelKey())));
        list(text, labels.get("roledesc.vacancy.bringing"), bringing);
        List<String> offering = new ArrayList<>();
        Terms terms = c.terms();
        if (terms.employmentType() != null) {
            offering.add(terms.hoursPerWeek() == null ? labels.get(terms.employmentType().labelKey())
                    : labels.get(terms.employmentType().labelKey()) + ", " + labels.get("roledesc.export.hours",
                    terms.hoursPerWeek()));
        }
        if (!terms.payGuidance().isEmpty()) {
            offering.add(terms.payGuidance());
        }
        if (!terms.collectiveAgreement().isEmpty()) {
            offering.add(labels.get("roledesc.export.cao", terms.collectiveAgreement()));
        }
        SupportAndDevelopment support = c.support();
        if (support.mentor()) {
            offering.add(labels.get("roledesc.field.mentor"));
        }
        if (support.intervision()) {
            offering.add(labels.get("roledesc.field.intervision"));
        }
        if (support.supervision()) {
            offering.add(labels.get("roledesc.field.supervision"));
        }
        if (support.pathToPaid()) {
            offering.add(labels.get("roledesc.export.path"));
        }
        list(text, labels.get("roledesc.vacancy.offering"), offering);
        String lineManager = c.placement().lineManager();
        if (!lineManager.isEmpty()) {
            text.append(labels.get("roledesc.vacancy.contact", lineManager)).append('\n');
        }
        return text.toString().strip();
    }

    private static void list(StringBuilder text, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        text.append(heading).append('\n');
        items.forEach(i -> text.append("- ").append(i).append('\n'));
        text.append('\n');
    }
}
