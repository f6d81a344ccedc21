package nl.kwartiermaker.readiness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.decision.ReadinessScanSummaries;
import nl.kwartiermaker.traject.TrajectParticipants;
import nl.kwartiermaker.traject.TrajectService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness scan. The project lead of a traject (and a Beheerder) runs rounds and sees the results at any time;
 * the traject's members see the results of closed rounds. Respondents need no account: their link is their only
 * key, so the methods they use are open to anyone and check the link instead. Every result passes the
 * {@link GroupThreshold} first.
 */
@Service
@Transactional(readOnly = true)
public class ReadinessService implements ReadinessScanSummaries {

    /** Respondents have no account; their token is checked instead. */
    static final String RESPONDENT = "permitAll()";
    /** The organisation's questionnaire library: the people who run scans. */
    public static final String MAY_ADAPT_TEMPLATES = "hasAnyRole('" + Role.Names.PROJECTLEIDER + "', '"
            + Role.Names.BEHEERDER + "')";
    private static final int TEMPLATE_QUESTIONS_MAX = 200;
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern ADDRESS_SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final int ADDRESSES_MAX = 5000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final int ADVICE_MAX = 3;
    private static final int GAPS_MAX = 5;

    private final ScanRoundRepository rounds;
    private final ScanQuestionRepository questions;
    private final ScanInvitationRepository invitations;
    private final ScanResponseRepository responses;
    private final ScanTemplates templates;
    private final OrganisationTemplateRepository ownTemplates;
    private final OrganisationTemplateQuestionRepository ownTemplateQuestions;
    private final RoundExports exports;
    private final TrajectService trajecten;
    private final SignedInUser signedInUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    ReadinessService(ScanRoundRepository rounds, ScanQuestionRepository questions,
                     ScanInvitationRepository invitations, ScanResponseRepository responses, ScanTemplates templates,
                     OrganisationTemplateRepository ownTemplates,
                     OrganisationTemplateQuestionRepository ownTemplateQuestions, RoundExports exports,
                     TrajectService trajecten, SignedInUser signedInUser, ApplicationEventPublisher events,
                     Clock clock, @Value("${kwartiermaker.base-url}") String baseUrl) {
        this.rounds = rounds;
        this.questions = questions;
        this.invitations = invitations;
        this.responses = responses;
        this.templates = templates;
        this.ownTemplates = ownTemplates;
        this.ownTemplateQuestions = ownTemplateQuestions;
        this.exports = exports;
        this.trajecten = trajecten;
        this.signedInUser = signedInUser;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public record InviteResult(int invited, int alreadyInvited) {
    }

    /** Two rounds of one traject side by side: the earlier one as baseline. */
    public record RoundComparison(ScanResults baseline, ScanResults rescan) {
    }

    // ---- rounds, for the project lead ----

    /**
     * The rounds of a traject with their counts, in three statements. The project lead sees all; members only closed
     * rounds (their results); other readers nothing.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public List<RoundOverview> rounds(long trajectId) {
        return rounds(visibleTraject(trajectId));
    }

    /** What the rounds page shows, with the traject read once: the traject, who may read results, the rounds. */
    public record TrajectRounds(TrajectParticipants traject, boolean mayReadResults, List<RoundOverview> rounds) {
    }

    /** The traject (empty when this person may not see it) with its rounds as {@link #rounds(long)} lists them. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<TrajectRounds> roundsPage(long trajectId) {
        return trajecten.participants(trajectId).map(traject -> new TrajectRounds(traject,
                traject.mayManage() || involves(traject), rounds(traject)));
    }

    private List<RoundOverview> rounds(TrajectParticipants traject) {
        long trajectId = traject.id();
        boolean manager = traject.mayManage();
        boolean involved = manager || involves(traject);
        LocalDate today = today();
        List<ScanRound> found = rounds.findByTrajectIdOrderByOpensOnDescIdDesc(trajectId).stream()
                .filter(r -> manager || (involved && r.state(today) == RoundState.CLOSED)).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(ScanRound::getId).toList();
        Map<Long, Map<RespondentGroup, Long>> invited = new HashMap<>();
        Map<Long, Map<RespondentGroup, Long>> answered = new HashMap<>();
        Map<Long, Map<RespondentGroup, Long>> links = new HashMap<>();
        for (ScanInvitationRepository.GroupCount count : invitations.countByGroup(ids)) {
            put(invited, count.getRoundId(), count.getRespondentGroup(), count.getInvited());
            put(answered, count.getRoundId(), count.getRespondentGroup(), count.getAnswered());
            put(links, count.getRoundId(), count.getRespondentGroup(), count.getLinks());
        }
        Map<Long, Map<RespondentGroup, Long>> responded = new HashMap<>();
        for (ScanResponseRepository.ResponseCount count : responses.countByGroup(ids)) {
            put(responded, count.getRoundId(), count.getRespondentGroup(), count.getResponses());
        }
        return found.stream().map(r -> {
            Map<RespondentGroup, Long> answers = responded.getOrDefault(r.getId(), Map.of());
            return new RoundOverview(r.getId(), r.getVersion(), r.getName(), r.state(today), r.getOpensOn(),
                    r.getClosesOn(), r.getGroups(), invited.getOrDefault(r.getId(), Map.of()),
                    answered.getOrDefault(r.getId(), Map.of()), answers, links.getOrDefault(r.getId(), Map.of()),
                    manager && answers.isEmpty() && r.state(today) != RoundState.CLOSED);
        }).toList();
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public ScanRound createRound(long trajectId, RoundForm form) {
        requireManager(visibleTraject(trajectId));
        require(!form.name().isEmpty() && form.name().length() <= ScanRound.NAME_MAX, "scan.error.name",
                ScanRound.NAME_MAX);
        require(form.opensOn() != null && form.closesOn() != null, "scan.error.dates");
        require(!form.closesOn().isBefore(form.opensOn()), "scan.error.dates.order");
        require(!form.closesOn().isBefore(today()), "scan.error.dates.past");
        require(!form.groups().isEmpty(), "scan.error.groups");
        require(form.basedOnRoundId() == null || form.templateId() == null, "scan.error.questionnaire.both");
        ScanRound round;
        List<ScanQuestion> copied = new ArrayList<>();
        if (form.basedOnRoundId() != null) {
            ScanRound earlier = rounds.findById(form.basedOnRoundId())
                    .filter(r -> r.getTrajectId() == trajectId)
                    .orElseThrow(() -> new InvalidInput("scan.error.basedon"));
            round = rounds.saveAndFlush(new ScanRound(trajectId, form, earlier.getTemplateVersion()));
            questions.findByRoundIdOrderByPositionAscIdAsc(earlier.getId())
                    .forEach(q -> copied.add(q.copyTo(round.getId())));
        } else {
            List<TemplateQuestion> source;
            if (form.templateId() != null) {
                OrganisationTemplate own = ownTemplates.findById(form.templateId()).filter(t -> !t.isArchived())
                        .orElseThrow(() -> new InvalidInput("scan.error.template.unknown"));
                round = rounds.saveAndFlush(new ScanRound(trajectId, form, own));
                source = ownTemplateQuestions.findByTemplateIdOrderByPositionAscIdAsc(own.getId()).stream()
                        .map(OrganisationTemplateQuestion::toQuestion).toList();
            } else {
                ScanTemplate template = templates.latest();
                round = rounds.saveAndFlush(new ScanRound(trajectId, form, template.version()));
                source = shippedQuestions(template);
            }
            int position = 0;
            for (TemplateQuestion q : source) {
                copied.add(new ScanQuestion(round.getId(), ++position, q.themeKey(), q.themeTitle(), q.questionKey(),
                        q.text(), q.reverse(), q.open()));
            }
        }
        questions.saveAll(copied);
        return round;
    }

    // ---- the organisation's questionnaire library ----

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
    @PreAuthorize(Access.SIGNED_IN)
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
            OrganisationTemplate original = ownTemplates.findById(sourceTemplateId)
                    .orElseThrow(() -> new InvalidInput("scan.error.template.unknown"));
            source = ownTemplateQuestions.findByTemplateIdOrderByPositionAscIdAsc(original.getId()).stream()
                    .map(OrganisationTemplateQuestion::toQuestion).toList();
            shippedVersion = original.getShippedVersion();
        }
        OrganisationTemplate copy = ownTemplates.saveAndFlush(new OrganisationTemplate(clean, shippedVersion));
        int position = 0;
        List<OrganisationTemplateQuestion> rows = new ArrayList<>();
        for (TemplateQuestion question : source) {
            rows.add(new OrganisationTemplateQuestion(copy.getId(), ++position, question));
        }
        ownTemplateQuestions.saveAll(rows);
        ownTemplateQuestions.flush();
        return copy;
    }

    /** An organisation template as its editor shows it. */
    @PreAuthorize(MAY_ADAPT_TEMPLATES)
    public TemplateContent template(long templateId) {
        OrganisationTemplate template = ownTemplates.findById(templateId)
                .orElseThrow(() -> new InvalidInput("scan.error.template.unknown"));
        return new TemplateContent(template.getId(), template.getVersion(), template.getName(),
                template.getRevision(), template.isArchived(), ownTemplates.roundsUsing(templateId),
                ownTemplateQuestions.findByTemplateIdOrderByPositionAscIdAsc(templateId).stream()
                        .map(OrganisationTemplateQuestion::toQuestion).toList());
    }

    /** The themes a template's statements can belong to: those of the shipped questionnaire it was copied from. */
    @PreAuthorize(MAY_ADAPT_TEMPLATES)
    public List<ScanTemplate.Theme> templateThemes(long templateId) {
        OrganisationTemplate template = ownTemplates.findById(templateId)
                .orElseThrow(() -> new InvalidInput("scan.error.template.unknown"));
        return shippedFor(template).themes();
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
        OrganisationTemplate template = ownTemplates.findById(templateId)
                .orElseThrow(() -> new InvalidInput("scan.error.template.unknown"));
        if (template.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OrganisationTemplate.class, templateId);
        }
        require(!template.isArchived(), "scan.error.template.archived");
        String clean = templateName(name);
        List<TemplateQuestion> given = adapted == null ? List.of() : adapted;
        require(given.size() <= TEMPLATE_QUESTIONS_MAX, "scan.error.template.many", TEMPLATE_QUESTIONS_MAX);
        require(given.stream().anyMatch(q -> !q.open()), "scan.error.questions.last");
        List<ScanTemplate.Theme> themes = shippedFor(template).themes();
        Map<String, ScanTemplate.Theme> byKey = new LinkedHashMap<>();
        themes.forEach(t -> byKey.put(t.key(), t));
        Set<String> keys = new HashSet<>();
        List<TemplateQuestion> checked = new ArrayList<>();
        for (TemplateQuestion question : given) {
            require(!question.text().isEmpty() && question.text().length() <= ScanQuestion.TEXT_MAX,
                    "scan.error.question.text", ScanQuestion.TEXT_MAX);
            ScanTemplate.Theme theme = question.open() ? null : byKey.get(question.themeKey());
            require(question.open() || theme != null, "scan.error.theme");
            String themeKey = question.open() ? ScanQuestion.OPEN_THEME : theme.key();
            String key = question.questionKey() == null || question.questionKey().isBlank()
                    ? "eigen." + themeKey + "." + newToken().substring(0, 8) : question.questionKey();
            require(key.length() <= 120 && keys.add(key), "scan.error.template.key");
            checked.add(new TemplateQuestion(themeKey, question.open() ? "" : theme.title(), key, question.text(),
                    question.reverse(), question.open()));
        }
        List<String> themeOrder = new ArrayList<>(byKey.keySet());
        List<TemplateQuestion> ordered = new ArrayList<>(checked);
        ordered.sort(Comparator.comparingInt(q -> q.open() ? themeOrder.size() : themeOrder.indexOf(q.themeKey())));
        ownTemplateQuestions.deleteByTemplate(templateId);
        int position = 0;
        List<OrganisationTemplateQuestion> rows = new ArrayList<>();
        for (TemplateQuestion question : ordered) {
            rows.add(new OrganisationTemplateQuestion(templateId, ++position, question));
        }
        ownTemplateQuestions.saveAll(rows);
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

    private OrganisationTemplate lockedTemplate(long templateId, long expectedVersion) {
        OrganisationTemplate template = ownTemplates.findById(templateId)
                .orElseThrow(() -> new InvalidInput("scan.error.template.unknown"));
        if (template.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OrganisationTemplate.class, templateId);
        }
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

    private static List<TemplateQuestion> shippedQuestions(ScanTemplate template) {
        List<TemplateQuestion> result = new ArrayList<>();
        for (ScanTemplate.Theme theme : template.themes()) {
            for (ScanTemplate.Statement statement : theme.statements()) {
                result.add(new TemplateQuestion(theme.key(), theme.title(), statement.key(), statement.text(),
                        statement.reverse(), false));
            }
        }
        for (ScanTemplate.OpenQuestion open : template.openQuestions()) {
            result.add(new TemplateQuestion(ScanQuestion.OPEN_THEME, "", open.key(), open.text(), false, true));
        }
        return result;
    }

    /** The questions of a round, for the project lead who adapts them. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<ScanQuestion> questions(long roundId) {
        ScanRound round = managedRound(roundId);
        return questions.findByRoundIdOrderByPositionAscIdAsc(round.getId());
    }

    /** Adapts a statement of this round's copy of the questionnaire; only before anyone has answered. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public ScanQuestion rewordQuestion(long questionId, long expectedVersion, String text, boolean reverse) {
        ScanQuestion question = questions.findById(questionId)
                .orElseThrow(() -> new InvalidInput("scan.error.notfound"));
        if (question.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ScanQuestion.class, questionId);
        }
        ScanRound round = managedRound(question.getRoundId());
        requireEditable(round);
        String clean = text == null ? "" : text.strip();
        require(!clean.isEmpty() && clean.length() <= ScanQuestion.TEXT_MAX, "scan.error.question.text",
                ScanQuestion.TEXT_MAX);
        question.reword(clean, reverse);
        return questions.saveAndFlush(question);
    }

    /** Adds the organisation's own statement to a theme of this round's questionnaire, before anyone answers. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public ScanQuestion addStatement(long roundId, String themeKey, String text, boolean reverse) {
        ScanRound round = managedRound(roundId);
        requireEditable(round);
        List<ScanQuestion> asked = questions.findByRoundIdOrderByPositionAscIdAsc(roundId);
        ScanQuestion last = asked.stream().filter(q -> !q.isOpenQuestion() && q.getThemeKey().equals(themeKey))
                .reduce((a, b) -> b).orElseThrow(() -> new InvalidInput("scan.error.theme"));
        String clean = text == null ? "" : text.strip();
        require(!clean.isEmpty() && clean.length() <= ScanQuestion.TEXT_MAX, "scan.error.question.text",
                ScanQuestion.TEXT_MAX);
        // same position as the theme's last statement: the higher id sorts it right after that one
        return questions.saveAndFlush(new ScanQuestion(roundId, last.getPosition(), themeKey, last.getThemeTitle(),
                "eigen." + themeKey + "." + newToken().substring(0, 8), clean, reverse, false));
    }

    /** Leaves a statement or open question out of this round, before anyone answers; one statement must remain. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void removeQuestion(long questionId) {
        ScanQuestion question = questions.findById(questionId)
                .orElseThrow(() -> new InvalidInput("scan.error.notfound"));
        ScanRound round = managedRound(question.getRoundId());
        requireEditable(round);
        require(question.isOpenQuestion() || questions.findByRoundIdOrderByPositionAscIdAsc(round.getId()).stream()
                .filter(q -> !q.isOpenQuestion()).count() > 1, "scan.error.questions.last");
        questions.delete(question);
        questions.flush();
    }

    private void requireEditable(ScanRound round) {
        require(round.state(today()) != RoundState.CLOSED
                && responses.countByGroup(List.of(round.getId())).isEmpty(), "scan.error.questions.locked");
    }

    /**
     * Invites each address once per round: one invitation and one mail through the outbox, in this transaction.
     * Addresses already invited are skipped, so sending the same list twice mails nobody twice.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public InviteResult invite(long roundId, RespondentGroup group, String addresses) {
        ScanRound round = managedRound(roundId);
        require(round.state(today()) != RoundState.CLOSED, "scan.error.closed");
        require(group != null && round.getGroups().contains(group), "scan.error.group");
        Set<String> parsed = new LinkedHashSet<>();
        for (String address : ADDRESS_SEPARATORS.split(addresses == null ? "" : addresses.strip())) {
            if (address.isEmpty()) {
                continue;
            }
            String clean = address.toLowerCase(Locale.ROOT);
            require(clean.length() <= 254 && ADDRESS.matcher(clean).matches(), "scan.error.address", address);
            parsed.add(clean);
        }
        require(!parsed.isEmpty(), "scan.error.addresses.none");
        require(parsed.size() <= ADDRESSES_MAX, "scan.error.addresses.many", ADDRESSES_MAX);
        Set<String> already = new HashSet<>(invitations.invitedAddresses(roundId));
        int added = 0;
        for (String address : parsed) {
            if (already.contains(address)) {
                continue;
            }
            String token = newToken();
            invitations.save(ScanInvitation.personal(roundId, group, address, hash(token)));
            events.publishEvent(new ScanInvitationIssued(address, round.getName(), round.getClosesOn(),
                    linkFor(token), false));
            added++;
        }
        invitations.flush();
        return new InviteResult(added, parsed.size() - added);
    }

    /** A new anonymous link for a whole group, shown once to the project lead: only its hash is stored. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public String createGroupLink(long roundId, RespondentGroup group) {
        ScanRound round = managedRound(roundId);
        require(round.state(today()) != RoundState.CLOSED, "scan.error.closed");
        require(group != null && round.getGroups().contains(group), "scan.error.group");
        String token = newToken();
        invitations.saveAndFlush(ScanInvitation.groupLink(roundId, group, hash(token)));
        return linkFor(token);
    }

    /** Mails a fresh link to everyone invited who has not answered yet; returns how many. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public int remindNonResponders(long roundId) {
        ScanRound round = managedRound(roundId);
        require(round.state(today()) == RoundState.OPEN, "scan.error.remind.notopen");
        List<ScanInvitation> open = invitations.findNotAnswered(roundId);
        for (ScanInvitation invitation : open) {
            String token = newToken();
            invitation.remind(hash(token));
            events.publishEvent(new ScanInvitationIssued(invitation.getEmail(), round.getName(),
                    round.getClosesOn(), linkFor(token), true));
        }
        invitations.flush();
        return open.size();
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public ScanRound close(long roundId, long expectedVersion) {
        ScanRound round = managedRound(roundId);
        if (round.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ScanRound.class, roundId);
        }
        require(round.state(today()) != RoundState.CLOSED, "scan.error.closed");
        round.close(today());
        return rounds.saveAndFlush(round);
    }

    // ---- answering, for respondents without an account ----

    @PreAuthorize(RESPONDENT)
    public Questionnaire questionnaire(String token) {
        Optional<ScanInvitation> invitation = invitation(token);
        if (invitation.isEmpty()) {
            return Questionnaire.unusable(Questionnaire.LinkState.UNKNOWN);
        }
        ScanInvitation found = invitation.get();
        ScanRound round = rounds.findById(found.getRoundId()).orElseThrow();
        Questionnaire.LinkState state = linkState(found, round);
        if (state != Questionnaire.LinkState.OPEN) {
            return Questionnaire.unusable(state);
        }
        Map<Long, AnswerValue> saved = new HashMap<>();
        found.getDraft().forEach(a -> saved.put(a.questionId(), new AnswerValue(a.score(), a.text())));
        return new Questionnaire(state, round.getName(), round.getClosesOn(), found.getGroup(), found.isPersonal(),
                questions.findByRoundIdOrderByPositionAscIdAsc(round.getId()), saved);
    }

    /** Keeps answers given so far with a personal link, to continue later; nothing counts until it is submitted. */
    @PreAuthorize(RESPONDENT)
    @Transactional
    public void saveForLater(String token, Map<Long, AnswerValue> answers) {
        ScanInvitation invitation = usable(token);
        require(invitation.isPersonal(), "scan.error.save.grouplink");
        invitation.keepDraft(clean(invitation.getRoundId(), answers, false));
        invitations.saveAndFlush(invitation);
    }

    /**
     * Stores the answers as an anonymous response and, for a personal link, marks the invitation answered and forgets
     * the saved draft. Two submissions with one personal link at once: the second fails on the invitation's version.
     */
    @PreAuthorize(RESPONDENT)
    @Transactional
    public void submit(String token, Map<Long, AnswerValue> answers) {
        ScanInvitation invitation = usable(token);
        Set<ScanResponse.Answer> clean = clean(invitation.getRoundId(), answers, true);
        responses.save(new ScanResponse(invitation.getRoundId(), invitation.getGroup(), clean));
        if (invitation.isPersonal()) {
            invitation.markAnswered();
            invitations.saveAndFlush(invitation);
        }
        responses.flush();
    }

    // ---- results ----

    @PreAuthorize(Access.SIGNED_IN)
    public ScanResults results(long roundId) {
        ScanRound round = readableRound(roundId);
        return compute(round, today());
    }

    /** What the results page shows, with the traject read once. */
    public record ResultsPage(ScanResults results, boolean mayManage, List<RoundOverview> otherRounds) {
    }

    /**
     * The results of a round (as {@link #results(long)}), whether this person may act on the advice, and the other
     * rounds of the traject whose results they may read, to compare with.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public ResultsPage resultsPage(long roundId) {
        ScanRound round = rounds.findById(roundId).orElseThrow(() -> new InvalidInput("scan.error.notfound"));
        TrajectParticipants traject = visibleTraject(round.getTrajectId());
        requireReadable(round, traject);
        return new ResultsPage(compute(round, today()), traject.mayManage(),
                rounds(traject).stream().filter(r -> r.id() != roundId).toList());
    }

    /** The round's report as PDF: cover, response, heat map, themes and advice, as the results page shows them. */
    @PreAuthorize(Access.SIGNED_IN)
    public byte[] pdf(long roundId, Locale locale) {
        return exports.pdf(results(roundId), locale);
    }

    /** The anonymous answers of the groups that pass the threshold, one row per response. */
    @PreAuthorize(Access.SIGNED_IN)
    public byte[] csv(long roundId, Locale locale) {
        ScanResults results = results(roundId);
        Set<RespondentGroup> shown = new HashSet<>();
        results.groups().stream().filter(ScanResults.GroupResponse::shown).forEach(g -> shown.add(g.group()));
        return exports.csv(results, questions.findByRoundIdOrderByPositionAscIdAsc(roundId),
                shown.isEmpty() ? List.of() : responses.answers(roundId, shown), locale);
    }

    /** Compares two rounds of one traject; the one that opened first is the baseline. */
    @PreAuthorize(Access.SIGNED_IN)
    public RoundComparison compare(long oneRoundId, long otherRoundId) {
        ScanRound one = readableRound(oneRoundId);
        ScanRound other = readableRound(otherRoundId);
        require(one.getTrajectId() == other.getTrajectId() && oneRoundId != otherRoundId, "scan.error.compare");
        boolean oneFirst = one.getOpensOn().isBefore(other.getOpensOn())
                || (one.getOpensOn().equals(other.getOpensOn()) && one.getId() < other.getId());
        LocalDate today = today();
        return oneFirst ? new RoundComparison(compute(one, today), compute(other, today))
                : new RoundComparison(compute(other, today), compute(one, today));
    }

    /** Adds the checklist item that a weak theme's advice names to the traject (or says it is already open). */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public TrajectService.TemplateItem addAdviceToChecklist(long roundId, String themeKey) {
        ScanRound round = managedRound(roundId);
        ScanTemplate.Theme theme = templates.version(round.getTemplateVersion()).flatMap(t -> t.theme(themeKey))
                .orElseThrow(() -> new InvalidInput("scan.error.notfound"));
        return trajecten.addTemplateItem(round.getTrajectId(), theme.checklistKey());
    }

    /** The decision page's summary: the latest closed round of the traject, for anyone who may see the traject. */
    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<ScanSummary> latestClosedRound(long trajectId) {
        if (trajecten.participants(trajectId).isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = today();
        return rounds.findByTrajectIdOrderByOpensOnDescIdDesc(trajectId).stream()
                .filter(r -> r.state(today) == RoundState.CLOSED)
                .max(Comparator.comparing((ScanRound r) -> r.closedOn(today)).thenComparing(ScanRound::getId))
                .map(round -> {
                    ScanResults results = compute(round, today);
                    return new ScanSummary(round.getName(), round.closedOn(today), (int) results.totalResponses(),
                            results.themes().stream().filter(t -> t.overall() != null)
                                    .map(t -> new ThemeScore(t.title(), t.overall())).toList(),
                            "scans/" + round.getId() + "/resultaten");
                });
    }

    ScanResults compute(ScanRound round, LocalDate today) {
        long roundId = round.getId();
        List<ScanQuestion> asked = questions.findByRoundIdOrderByPositionAscIdAsc(roundId);
        Map<RespondentGroup, Long> responded = new EnumMap<>(RespondentGroup.class);
        round.getGroups().forEach(g -> responded.put(g, 0L));
        responses.countByGroup(List.of(roundId)).forEach(c -> responded.put(c.getRespondentGroup(), c.getResponses()));
        GroupThreshold threshold = GroupThreshold.of(responded);
        Map<RespondentGroup, long[]> invited = new EnumMap<>(RespondentGroup.class);
        invitations.countByGroup(List.of(roundId)).forEach(c -> invited.put(c.getRespondentGroup(),
                new long[] {c.getInvited(), c.getAnswered()}));
        List<ScanResults.GroupResponse> groups = responded.keySet().stream().map(g -> new ScanResults.GroupResponse(g,
                invited.getOrDefault(g, new long[2])[0], invited.getOrDefault(g, new long[2])[1], responded.get(g),
                threshold.of(g))).toList();
        long total = responded.values().stream().mapToLong(Long::longValue).sum();

        Map<String, String> themeTitles = new LinkedHashMap<>();
        asked.stream().filter(q -> !q.isOpenQuestion()).forEach(q -> themeTitles.putIfAbsent(q.getThemeKey(),
                q.getThemeTitle()));
        Map<String, Map<RespondentGroup, Double>> byGroup = new HashMap<>();
        Map<String, long[]> overall = new HashMap<>();
        for (ScanResponseRepository.ThemeScore score : responses.themeScores(List.of(roundId))) {
            if (threshold.shows(score.getRespondentGroup())) {
                byGroup.computeIfAbsent(score.getTheme(), k -> new EnumMap<>(RespondentGroup.class))
                        .put(score.getRespondentGroup(), (double) score.getScoreSum() / score.getAnswers());
            }
            long[] sum = overall.computeIfAbsent(score.getTheme(), k -> new long[2]);
            sum[0] += score.getScoreSum();
            sum[1] += score.getAnswers();
        }
        List<ScanResults.ThemeResult> themes = new ArrayList<>();
        themeTitles.forEach((key, title) -> {
            long[] sum = overall.get(key);
            Double all = threshold.totalsShown() && sum != null && sum[1] > 0 ? (double) sum[0] / sum[1] : null;
            themes.add(new ScanResults.ThemeResult(key, title, byGroup.getOrDefault(key, Map.of()), all));
        });

        List<ScanResults.StatementResult> statements = new ArrayList<>();
        if (threshold.totalsShown()) {
            Map<Long, long[]> counts = new HashMap<>();
            for (ScanResponseRepository.ValueCount count : responses.distribution(roundId)) {
                if (count.getScore() >= 0 && count.getScore() <= 5) {
                    counts.computeIfAbsent(count.getQuestionId(), k -> new long[6])[count.getScore()]
                            += count.getAnswers();
                }
            }
            asked.stream().filter(q -> !q.isOpenQuestion()).forEach(q -> statements.add(new ScanResults.StatementResult(
                    q.getId(), q.getThemeKey(), q.getText(), q.isReverseScored(),
                    counts.getOrDefault(q.getId(), new long[6]))));
        }

        List<ScanResults.Gap> gaps = themes.stream().filter(t -> t.byGroup().size() >= 2).map(t -> {
            var low = t.byGroup().entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
            var high = t.byGroup().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            return new ScanResults.Gap(t.key(), t.title(), low.getKey(), low.getValue(), high.getKey(),
                    high.getValue());
        }).filter(g -> g.difference() > 0).sorted(Comparator.comparingDouble(ScanResults.Gap::difference).reversed())
                .limit(GAPS_MAX).toList();

        ScanTemplate template = templates.version(round.getTemplateVersion()).orElse(templates.latest());
        List<ScanResults.Advice> advice = themes.stream()
                .filter(t -> t.overall() != null && t.overall() < ScanResults.WEAK)
                .sorted(Comparator.comparingDouble(ScanResults.ThemeResult::overall))
                .flatMap(t -> template.theme(t.key()).stream().map(theme -> new ScanResults.Advice(t.key(),
                        t.title(), t.overall(), theme.advice(), theme.checklistKey(), theme.source())))
                .limit(ADVICE_MAX).toList();

        Map<Long, String> questionTexts = new HashMap<>();
        asked.forEach(q -> questionTexts.put(q.getId(), q.getText()));
        Set<RespondentGroup> shown = threshold.shown();
        List<ScanResults.OpenAnswer> open = shown.isEmpty() ? List.of() : responses.openAnswers(roundId, shown)
                .stream().map(a -> new ScanResults.OpenAnswer(questionTexts.getOrDefault(a.getQuestionId(), ""),
                        a.getRespondentGroup(), a.getText())).toList();

        return new ScanResults(roundId, round.getTrajectId(), round.getName(), round.state(today), round.getOpensOn(),
                round.getClosesOn(), groups, threshold.totalsShown(), total, themes, statements, gaps, advice, open);
    }

    // ---- helpers ----

    private Set<ScanResponse.Answer> clean(long roundId, Map<Long, AnswerValue> answers, boolean complete) {
        Map<Long, AnswerValue> given = answers == null ? Map.of() : answers;
        Set<ScanResponse.Answer> clean = new HashSet<>();
        int missing = 0;
        for (ScanQuestion question : questions.findByRoundIdOrderByPositionAscIdAsc(roundId)) {
            AnswerValue answer = given.get(question.getId());
            if (question.isOpenQuestion()) {
                String text = answer == null || answer.text() == null ? "" : answer.text().strip();
                require(text.length() <= ScanResponse.TEXT_MAX, "scan.error.text", ScanResponse.TEXT_MAX);
                if (!text.isEmpty()) {
                    clean.add(new ScanResponse.Answer(question.getId(), null, text));
                }
            } else if (answer == null || answer.score() == null) {
                missing++;
            } else {
                require(answer.score() >= 0 && answer.score() <= 5, "scan.error.score");
                clean.add(new ScanResponse.Answer(question.getId(), answer.score(), null));
            }
        }
        require(!complete || missing == 0, "scan.error.unanswered", missing);
        return clean;
    }

    private Optional<ScanInvitation> invitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token));
    }

    private Questionnaire.LinkState linkState(ScanInvitation invitation, ScanRound round) {
        if (invitation.isPersonal() && invitation.isAnswered()) {
            return Questionnaire.LinkState.USED;
        }
        return switch (round.state(today())) {
            case PLANNED -> Questionnaire.LinkState.NOT_YET_OPEN;
            case CLOSED -> Questionnaire.LinkState.CLOSED;
            case OPEN -> Questionnaire.LinkState.OPEN;
        };
    }

    private ScanInvitation usable(String token) {
        ScanInvitation invitation = invitation(token)
                .orElseThrow(() -> new InvalidInput("scan.link.unknown"));
        Questionnaire.LinkState state = linkState(invitation, rounds.findById(invitation.getRoundId()).orElseThrow());
        if (state != Questionnaire.LinkState.OPEN) {
            throw new InvalidInput("scan.link." + state.name().toLowerCase(Locale.ROOT).replace('_', '.'));
        }
        return invitation;
    }

    private TrajectParticipants visibleTraject(long trajectId) {
        return trajecten.participants(trajectId).orElseThrow(() -> new InvalidInput("scan.error.notfound"));
    }

    private static void requireManager(TrajectParticipants traject) {
        if (!traject.mayManage()) {
            throw new AccessDeniedException("Only the project lead or a Beheerder runs scan rounds");
        }
    }

    private ScanRound managedRound(long roundId) {
        ScanRound round = rounds.findById(roundId).orElseThrow(() -> new InvalidInput("scan.error.notfound"));
        requireManager(visibleTraject(round.getTrajectId()));
        return round;
    }

    /** Project lead and Beheerder always; the traject's members once the round is closed; nobody else. */
    private ScanRound readableRound(long roundId) {
        ScanRound round = rounds.findById(roundId).orElseThrow(() -> new InvalidInput("scan.error.notfound"));
        requireReadable(round, visibleTraject(round.getTrajectId()));
        return round;
    }

    private void requireReadable(ScanRound round, TrajectParticipants traject) {
        if (traject.mayManage()) {
            return;
        }
        if (!involves(traject)) {
            throw new AccessDeniedException("Only the traject's members see scan results");
        }
        require(round.state(today()) == RoundState.CLOSED, "scan.error.results.notyet");
    }

    private boolean involves(TrajectParticipants traject) {
        long me = signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
        return traject.projectLeadId() == me || traject.memberIds().contains(me);
    }

    private String linkFor(String token) {
        return baseUrl + "/scan/" + token;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static void put(Map<Long, Map<RespondentGroup, Long>> map, long roundId, RespondentGroup group,
                            long count) {
        if (count > 0) {
            map.computeIfAbsent(roundId, k -> new EnumMap<>(RespondentGroup.class)).put(group, count);
        }
    }

    private static void require(boolean condition, String key, Object... params) {
        if (!condition) {
            throw new InvalidInput(key, params);
        }
    }

}
