package nl.kwartiermaker.readiness;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's questionnaire library (decision 0005): copies of the shipped questionnaire or of each other,
 * adapted by the people who run scans, each save a new revision. Rounds copy a template's questions when they start,
 * so nothing done here changes a round.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireLibraryService {

    /** The organisation's questionnaire library: the people who run scans. */
    public static final String MAY_ADAPT_TEMPLATES = "hasAnyRole('" + Role.Names.PROJECTLEIDER + "', '"
            + Role.Names.BEHEERDER + "')";
    private static final int TEMPLATE_QUESTIONS_MAX = 200;

    private final ScanTemplates templates;
    private final OrganisationTemplateRepository ownTemplates;
    private final OrganisationTemplateQuestionRepository ownTemplateQuestions;
    private final ScanTokens tokens;

    QuestionnaireLibraryService(ScanTemplates templates, OrganisationTemplateRepository ownTemplates,
                                OrganisationTemplateQuestionRepository ownTemplateQuestions, ScanTokens tokens) {
        this.templates = templates;
        this.ownTemplates = ownTemplates;
        this.ownTemplateQuestions = ownTemplateQuestions;
        this.tokens = tokens;
    }

    /** The latest shipped questionnaire, the starting point of every organisation template. */
    @PreAuthorize(MAY_ADAPT_TEMPLATES)
    public ScanTemplate shippedQuestionnaire() {
        return templates.latest();
    }

    /** All organisation templates, archived ones last, with their size and use, in three statements. */
    @PreAuthorize(MAY_ADAPT_TEMPLATES)
    public List<TemplateOverview> templateLibrary() {
        return overviews(ownTemplates.findAllByOrderByArchivedAscNameAscIdAsc());
    }

    /** The organisation templates a new round can start from: those not archived. */
    @PreAuthorize(Access.STAFF)
    public List<TemplateOverview> templatesToChoose() {
        return ownTemplates.findByArchivedFalseOrderByNameAscIdAsc().stream()
                .map(t -> new TemplateOverview(t.getId(), t.getVersion(), t.getName(), t.getRevision(), false, 0, 0,
                        0)).toList();
    }

    /**
     * Copies the latest shipped questionnaire ({@code sourceTemplateId} null) or an organisation template into a new
     * organisation template with this name, at revision 1.
     */
    @PreAuthorize(MAY_ADAPT_TEMPLATES)
    @Transactional
    public OrganisationTemplate copyTemplate(Long sourceTemplateId, String name) {
        String clean = templateName(name);
        List<TemplateQuestion> source;
        int shippedVersion;
        if (sourceTemplateId == null) {
            ScanTemplate shipped = templates.latest();
            source = shippedQuestions(shipped);
            shippedVersion = shipped.version();
        } else {
            OrganisationTemplate original = existing(sourceTemplateId);
            source = questionsOf(original.getId());
            shippedVersion = original.getShippedVersion();
        }
        OrganisationTemplate copy = ownTemplates.saveAndFlush(new OrganisationTemplate(clean, shippedVersion));
        saveQuestions(copy.getId(), source);
        return copy;
    }

    /** An organisation template as its editor shows it. */
    @PreAuthorize(MAY_ADAPT_TEMPLATES)
    public TemplateContent template(long templateId) {
        OrganisationTemplate template = existing(templateId);
        return new TemplateContent(template.getId(), template.getVersion(), template.getName(),
                template.getRevision(), template.isArchived(), ownTemplates.roundsUsing(templateId),
                questionsOf(templateId));
    }

    /** The themes a template's statements can belong to: those of the shipped questionnaire it was copied from. */
    @PreAuthorize(MAY_ADAPT_TEMPLATES)
    public List<ScanTemplate.Theme> templateThemes(long templateId) {
        return shippedFor(existing(templateId)).themes();
    }

    /**
     * Saves the adapted questions as the template's next revision, made from version {@code expectedVersion}: a
     * concurrent save fails instead of being overwritten. Statements keep their theme's order of the shipped
     * questionnaire, open questions come last. Rounds that started from an earlier revision keep their own copy.
     */
    @PreAuthorize(MAY_ADAPT_TEMPLATES)
    @Transactional
    public TemplateContent saveTemplate(long templateId, long expectedVersion, String name,
                                        List<TemplateQuestion> adapted) {
        OrganisationTemplate template = lockedTemplate(templateId, expectedVersion);
        require(!template.isArchived(), "scan.error.template.archived");
        String clean = templateName(name);
        List<TemplateQuestion> given = adapted == null ? List.of() : adapted;
        require(given.size() <= TEMPLATE_QUESTIONS_MAX, "scan.error.template.many", TEMPLATE_QUESTIONS_MAX);
        require(given.stream().anyMatch(q -> !q.open()), "scan.error.questions.last");
        Map<String, ScanTemplate.Theme> byKey = new LinkedHashMap<>();
        shippedFor(template).themes().forEach(t -> byKey.put(t.key(), t));
        Set<String> keys = new HashSet<>();
        List<TemplateQuestion> checked = new ArrayList<>();
        for (TemplateQuestion question : given) {
            String text = ScanQuestion.requireText(question.text());
            String expertText = question.expertText() == null ? null : ScanQuestion.requireText(question.expertText());
            ScanTemplate.Theme theme = question.open() ? null : byKey.get(question.themeKey());
            require(question.open() || theme != null, "scan.error.theme");
            String themeKey = question.open() ? ScanQuestion.OPEN_THEME : theme.key();
            String key = question.questionKey() == null || question.questionKey().isBlank()
                    ? ScanQuestion.ownKey(themeKey, tokens) : question.questionKey();
            require(key.length() <= 120 && keys.add(key), "scan.error.template.key");
            checked.add(new TemplateQuestion(themeKey, question.open() ? "" : theme.title(), key, text, question.reverse(),
                    question.open(), expertText));
        }
        List<String> themeOrder = new ArrayList<>(byKey.keySet());
        checked.sort(Comparator.comparingInt(q -> q.open() ? themeOrder.size() : themeOrder.indexOf(q.themeKey())));
        ownTemplateQuestions.deleteByTemplate(templateId);
        saveQuestions(templateId, checked);
        template.revise(clean);
        ownTemplates.saveAndFlush(template);
        return template(templateId);
    }

    /** Takes a template out of the choice for new rounds; rounds that used it keep their questions and link. */
    @PreAuthorize(MAY_ADAPT_TEMPLATES)
    @Transactional
    public void archiveTemplate(long templateId, long expectedVersion) {
        OrganisationTemplate template = lockedTemplate(templateId, expectedVersion);
        template.archive();
        ownTemplates.saveAndFlush(template);
    }

    /** Deletes a template that no round used; once used, a template can only be archived. */
    @PreAuthorize(MAY_ADAPT_TEMPLATES)
    @Transactional
    public void deleteTemplate(long templateId, long expectedVersion) {
        OrganisationTemplate template = lockedTemplate(templateId, expectedVersion);
        require(ownTemplates.roundsUsing(templateId) == 0, "scan.error.template.used");
        ownTemplateQuestions.deleteByTemplate(templateId);
        ownTemplates.delete(template);
        ownTemplates.flush();
    }

    /** The questions a new round copies from a template that is not archived (the rounds service asks). */
    OrganisationTemplate templateForRound(long templateId) {
        return ownTemplates.findById(templateId).filter(t -> !t.isArchived())
                .orElseThrow(() -> new InvalidInput("scan.error.template.unknown"));
    }

    List<TemplateQuestion> questionsOf(long templateId) {
        return ownTemplateQuestions.findByTemplateIdOrderByPositionAscIdAsc(templateId).stream()
                .map(OrganisationTemplateQuestion::toQuestion).toList();
    }

    static List<TemplateQuestion> shippedQuestions(ScanTemplate template) {
        List<TemplateQuestion> result = new ArrayList<>();
        for (ScanTemplate.Theme theme : template.themes()) {
            for (ScanTemplate.Statement statement : theme.statements()) {
                result.add(new TemplateQuestion(theme.key(), theme.title(), statement.key(), statement.text(),
                        statement.reverse(), false, statement.expertText()));
            }
        }
        for (ScanTemplate.OpenQuestion open : template.openQuestions()) {
            result.add(new TemplateQuestion(ScanQuestion.OPEN_THEME, "", open.key(), open.text(), false, true));
        }
        return result;
    }

    private void saveQuestions(long templateId, List<TemplateQuestion> questions) {
        int position = 0;
        List<OrganisationTemplateQuestion> rows = new ArrayList<>();
        for (TemplateQuestion question : questions) {
            rows.add(new OrganisationTemplateQuestion(templateId, ++position, question));
        }
        ownTemplateQuestions.saveAll(rows);
        ownTemplateQuestions.flush();
    }

    private OrganisationTemplate existing(long templateId) {
        return ownTemplates.findById(templateId).orElseThrow(() -> new InvalidInput("scan.error.template.unknown"));
    }

    private OrganisationTemplate lockedTemplate(long templateId, long expectedVersion) {
        OrganisationTemplate template = existing(templateId);
        template.requireVersion(expectedVersion);
        return template;
    }

    private List<TemplateOverview> overviews(List<OrganisationTemplate> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> sizes = new HashMap<>();
        for (OrganisationTemplateRepository.QuestionCount count : ownTemplates.questionCounts()) {
            sizes.computeIfAbsent(count.getTemplateId(), k -> new long[2])[count.getOpenQuestion() ? 1 : 0]
                    += count.getQuestions();
        }
        Map<Long, Long> used = new HashMap<>();
        ownTemplates.roundCounts().forEach(c -> used.put(c.getTemplateId(), c.getRounds()));
        return found.stream().map(t -> {
            long[] size = sizes.getOrDefault(t.getId(), new long[2]);
            return new TemplateOverview(t.getId(), t.getVersion(), t.getName(), t.getRevision(), t.isArchived(),
                    size[0], size[1], used.getOrDefault(t.getId(), 0L));
        }).toList();
    }

    private ScanTemplate shippedFor(OrganisationTemplate template) {
        return templates.version(template.getShippedVersion()).orElse(templates.latest());
    }

    private static String templateName(String name) {
        String clean = name == null ? "" : name.strip();
        require(!clean.isEmpty() && clean.length() <= OrganisationTemplate.NAME_MAX, "scan.error.template.name",
                OrganisationTemplate.NAME_MAX);
        return clean;
    }
}
