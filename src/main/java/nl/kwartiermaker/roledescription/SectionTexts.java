package nl.kwartiermaker.roledescription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A role description's content written out per section in one language: what the exports print, what the version
 * comparison puts side by side. Choices become sentences; empty sections stay empty.
 */
public final class SectionTexts {

    private SectionTexts() {
    }

    public static List<DocumentPart> of(RoleDescriptionContent content, Labels labels) {
        List<DocumentPart> parts = new ArrayList<>();
        for (Section section : Section.values()) {
            parts.add(of(content, section, labels));
        }
        return parts;
    }

    public static DocumentPart of(RoleDescriptionContent c, Section section, Labels labels) {
        List<String> paragraphs = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        switch (section) {
            case TITLE -> paragraphs.add(c.fullTitle());
            case ROLES -> c.roles().stream().sorted()
                    .forEach(r -> bullets.add(labels.get("traject.role." + r.name().toLowerCase(java.util.Locale.ROOT))));
            case CONTEXT -> {
                paragraphs.add(c.context());
                c.domains().stream().sorted().forEach(d -> bullets.add(labels.get("traject.domain."
                        + d.name().toLowerCase(java.util.Locale.ROOT))));
            }
            case CORE_TASKS -> c.coreTasks().stream().sorted().forEach(t -> bullets.add(labels.get(t.labelKey())));
            case COMPETENCES -> Arrays.stream(Competence.values()).filter(c.competences()::containsKey)
                    .forEach(k -> bullets.add(labels.get("roledesc.export.competence", labels.get(k.labelKey()),
                            labels.get(c.competences().get(k).labelKey()))));
            case TASKS -> bullets.addAll(c.tasks());
            case POSITIONING -> {
                if (c.positioning() != null) {
                    paragraphs.add(labels.get(c.positioning().labelKey()));
                }
                if (c.expertsInTeam() != null) {
                    paragraphs.add(labels.get("roledesc.export.experts", c.expertsInTeam()));
                }
                if (c.tandem()) {
                    paragraphs.add(labels.get("roledesc.export.tandem"));
                }
                if (c.expertLeadsIntroduction()) {
                    paragraphs.add(labels.get("roledesc.export.leads"));
                }
                paragraphs.add(c.positioningNotes());
            }
            case LINE_MANAGER -> paragraphs.add(c.lineManager());
            case EMPLOYMENT -> {
                if (c.employmentType() != null) {
                    paragraphs.add(labels.get(c.employmentType().labelKey()));
                }
                if (c.hoursPerWeek() != null) {
                    paragraphs.add(labels.get("roledesc.export.hours", c.hoursPerWeek()));
                }
            }
            case PAY -> {
                paragraphs.add(c.payGuidance());
                if (!c.collectiveAgreement().isEmpty()) {
                    paragraphs.add(labels.get("roledesc.export.cao", c.collectiveAgreement()));
                }
            }
            case CONDITIONS -> paragraphs.add(c.conditions());
            case SUPPORT -> {
                if (c.mentor()) {
                    bullets.add(labels.get("roledesc.field.mentor"));
                }
                if (c.intervision()) {
                    bullets.add(labels.get("roledesc.field.intervision"));
                }
                if (c.supervision()) {
                    bullets.add(labels.get("roledesc.field.supervision"));
                }
                if (c.professionalNetwork()) {
                    bullets.add(labels.get("roledesc.field.network"));
                }
                paragraphs.add(c.support());
            }
            case DEVELOPMENT -> {
                if (c.pathToPaid()) {
                    paragraphs.add(labels.get("roledesc.export.path"));
                }
                paragraphs.add(c.development());
            }
            case FREE -> paragraphs.add(c.free());
        }
        return new DocumentPart(section, labels.get(section.labelKey()), paragraphs, bullets);
    }
}
