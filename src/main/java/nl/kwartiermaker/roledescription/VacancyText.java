package nl.kwartiermaker.roledescription;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The first draft of a vacancy, written from the role description: who we look for, what you do, what you bring,
 * what we offer; HR edits it before it goes out (seed 001, Fase 2: zet een reguliere vacature uit). Every vacancy ends
 * with "Solliciteren": whom to contact and the closing date, or clearly marked places to fill them in.
 *
 * <p>The text is plain text with a light structure the exports turn into Word headings and lists: blocks separated by a
 * blank line; a block's first line is its heading when more lines follow and it is short and ends without a full stop;
 * lines starting with "- " are list items.
 */
public final class VacancyText {

    private static final int HEADING_MAX = 60;

    private VacancyText() {
    }

    public static String generate(RoleDescriptionContent c, String organisationName, Labels labels) {
        StringBuilder text = new StringBuilder();
        // mid-sentence, a job title and a role are nouns, not names: "zoekt een ervaringsdeskundige"
        String title = midSentence(c.fullTitle());
        text.append(organisationName.isBlank() ? labels.get("roledesc.vacancy.intro.we", title)
                : labels.get("roledesc.vacancy.intro", organisationName, title)).append("\n\n");
        ContextAndTasks work = c.contextAndTasks();
        if (!work.context().isEmpty()) {
            text.append(work.context()).append("\n\n");
        }
        List<String> doing = new ArrayList<>();
        c.titleAndRoles().roles().stream().sorted().forEach(r -> doing.add(labels.get("roledesc.vacancy.role",
                midSentence(labels.get("traject.role." + r.name().toLowerCase(Locale.ROOT))))));
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
            offering.add(labels.get("roledesc.vacancy.cao", agreementName(terms.collectiveAgreement())));
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
        return text.toString().strip();
    }

    /**
     * The closing "Solliciteren" section: the contact and closing date HR filled in, or marked places to fill them
     * in; without a contact, questions about the job go to the line manager when there is one.
     */
    public static String application(String contact, LocalDate closesOn, String lineManager, Labels labels,
                                     Locale locale) {
        StringBuilder text = new StringBuilder(labels.get("roledesc.vacancy.apply")).append('\n');
        if (!contact.isBlank()) {
            text.append(labels.get("roledesc.vacancy.apply.contact", contact.strip()));
        } else if (!lineManager.isBlank()) {
            text.append(labels.get("roledesc.vacancy.contact", lineManager.strip())).append('\n')
                    .append(labels.get("roledesc.vacancy.apply.to", labels.get("roledesc.vacancy.apply.nocontact")));
        } else {
            text.append(labels.get("roledesc.vacancy.apply.contact", labels.get("roledesc.vacancy.apply.nocontact")));
        }
        text.append('\n').append(labels.get("roledesc.vacancy.apply.closes", closesOn == null
                ? labels.get("roledesc.vacancy.apply.nodate")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(closesOn)));
        return text.toString();
    }

    /** "Cao Jeugdzorg", "CAO GGZ" or "Jeugdzorg" all name the agreement "Jeugdzorg"/"GGZ" after the word "cao". */
    static String agreementName(String agreement) {
        String name = agreement.strip();
        return name.toLowerCase(Locale.ROOT).startsWith("cao ") ? name.substring(4).strip() : name;
    }

    /** A noun for the middle of a sentence: "Ervaringsdeskundige" becomes "ervaringsdeskundige", "GGZ-coach" stays. */
    static String midSentence(String noun) {
        if (noun.length() < 2 || !Character.isUpperCase(noun.charAt(0)) || !Character.isLowerCase(noun.charAt(1))) {
            return noun;
        }
        return Character.toLowerCase(noun.charAt(0)) + noun.substring(1);
    }

    /** The vacancy as document parts: headings with their paragraphs and list items (see the class comment). */
    public static List<DocumentPart> parts(String text) {
        List<DocumentPart> parts = new ArrayList<>();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            String heading = "";
            List<String> rest = lines;
            String first = lines.getFirst();
            if (lines.size() > 1 && !isItem(first) && first.length() <= HEADING_MAX && !first.matches(".*[.!,;:]$")) {
                heading = first;
                rest = lines.subList(1, lines.size());
            }
            List<String> paragraphs = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String line : rest) {
                if (isItem(line)) {
                    items.add(line.substring(1).strip());
                } else {
                    paragraphs.add(line);
                }
            }
            parts.add(new DocumentPart(DescriptionSection.FREE, heading, paragraphs, items));
        }
        return parts;
    }

    private static boolean isItem(String line) {
        return line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ");
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
