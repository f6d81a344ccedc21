package nl.kwartiermaker.roledescription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A role description's content written out per section in one language: what the exports print, what the version
 * comparison puts side by side. Choices become sentences; empty sections stay empty.
 */
public final class SectionTexts {

    private SectionTexts() {
    }

    public static List<DocumentPart> of(RoleDescriptionContent content, Labels labels) {
        List<DocumentPart> parts = new ArrayList<>();
        for (DescriptionSection section : DescriptionSection.values()) {
            parts.add(of(content, section, labels));
        }
        return parts;
    }

    public static DocumentPart of(RoleDescriptionContent c, DescriptionSection section, Labels labels) {
        List<String> paragraphs = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        ContextAndTasks work = c.contextAndTasks();
        Placement placement = c.placement();
        Terms terms = c.terms();
        SupportAndDevelopment support = c.support();
        switch (section) {
            case TITLE -> paragraphs.add(c.fullTitle());
            case ROLES -> c.titleAndRoles().roles().stream().sorted()
                    .forEach(r -> bullets.add(labels.get("traject.role." + r.name().toLowerCase(Locale.ROOT))));
            case CONTEXT -> {
                paragraphs.add(work.context());
                work.domains().stream().sorted().forEach(d -> bullets.add(labels.get("traject.domain."
                        + d.name().toLowerCase(Locale.ROOT))));
            }
            case CORE_TASKS -> work.coreTasks().stream().sorted().forEach(t -> bullets.add(labels.get(t.labelKey())));
            case COMPETENCES -> {
                Map<Competence, CompetenceLevel> levels = c.competences().levels();
                Arrays.stream(Competence.values()).filter(levels::containsKey)
                        .forEach(k -> bullets.add(labels.get("roledesc.export.competence", labels.get(k.labelKey()),
                                labels.get(levels.get(k).labelKey()))));
                if (!levels.isEmpty()) {
                    // the levels are the organisation's own scale, not the BCP-E's; a reader of the export should know
                    paragraphs.add(labels.get("roledesc.export.levels"));
                }
            }
            case TASKS -> bullets.addAll(work.tasks());
            case POSITIONING -> {
                if (placement.positioning() != null) {
                    paragraphs.add(labels.get(placement.positioning().labelKey()));
                }
                if (placement.expertsInTeam() != null) {
                    paragraphs.add(labels.get("roledesc.export.experts", placement.expertsInTeam()));
                }
                if (placement.tandem()) {
                    paragraphs.add(labels.get("roledesc.export.tandem"));
                }
                if (placement.expertLeadsIntroduction()) {
                    paragraphs.add(labels.get("roledesc.export.leads"));
                }
                paragraphs.add(placement.notes());
            }
            case LINE_MANAGER -> paragraphs.add(placement.lineManager());
            case EMPLOYMENT -> {
                if (terms.employmentType() != null) {
                    paragraphs.add(labels.get(terms.employmentType().labelKey()));
                }
                if (terms.hoursPerWeek() != null) {
                    paragraphs.add(labels.get("roledesc.export.hours", terms.hoursPerWeek()));
                }
            }
            case PAY -> {
                paragraphs.add(terms.payGuidance());
                if (!terms.collectiveAgreement().isEmpty()) {
                    paragraphs.add(labels.get("roledesc.export.cao",
                            VacancyText.agreementName(terms.collectiveAgreement())));
                }
            }
            case CONDITIONS -> paragraphs.add(terms.conditions());
            case SUPPORT -> {
                if (support.mentor()) {
                    bullets.add(labels.get("roledesc.field.mentor"));
                }
                if (support.intervision()) {
                    bullets.add(labels.get("roledesc.field.intervision"));
                }
                if (support.supervision()) {
                    bullets.add(labels.get("roledesc.field.supervision"));
                }
                if (support.professionalNetwork()) {
                    bullets.add(labels.get("roledesc.field.network"));
                }
                paragraphs.add(support.support());
            }
            case DEVELOPMENT -> {
                if (support.pathToPaid()) {
                    paragraphs.add(labels.get("roledesc.export.path"));
                }
                paragraphs.add(support.development());
            }
            case FREE -> paragraphs.add(c.free().text());
        }
        return new DocumentPart(section, labels.get(section.labelKey()), paragraphs, bullets);
    }
}
