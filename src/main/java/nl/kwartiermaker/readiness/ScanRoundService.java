package nl.kwartiermaker.readiness;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalAddress;
import nl.kwartiermaker.traject.TrajectParticipants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A traject's scan rounds, for the project lead (and a Beheerder): starting a round with its own copy of the
 * questions, adapting them until the first answer, inviting people per group by mail or by an anonymous group link,
 * reminding those who have not answered, and closing the round — which seals its answers for good.
 */
@Service
@Transactional(readOnly = true)
public class ScanRoundService {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern ADDRESS_SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final int ADDRESSES_MAX = 5000;

    private final ScanRoundRepository rounds;
    private final ScanQuestionRepository questions;
    private final ScanInvitationRepository invitations;
    private final ScanResponseRepository responses;
    private final ScanTemplates templates;
    private final QuestionnaireLibraryService library;
    private final RoundOverviews overviews;
    private final RoundSealing sealing;
    private final ScanAccess access;
    private final ScanTokens tokens;
    private final PortalAddress address;
    private final ApplicationEventPublisher events;

    ScanRoundService(ScanRoundRepository rounds, ScanQuestionRepository questions,
                     ScanInvitationRepository invitations, ScanResponseRepository responses, ScanTemplates templates,
                     QuestionnaireLibraryService library, RoundOverviews overviews, RoundSealing sealing,
                     ScanAccess access, ScanTokens tokens, PortalAddress address,
                     ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.questions = questions;
        this.invitations = invitations;
        this.responses = responses;
        this.templates = templates;
        this.library = library;
        this.overviews = overviews;
        this.sealing = sealing;
        this.access = access;
        this.tokens = tokens;
        this.address = address;
        this.events = events;
    }

    public record InviteResult(int invited, int alreadyInvited) {
    }

    /** What the rounds page shows, with the traject read once: the traject, who may read results, the rounds. */
    public record TrajectRounds(TrajectParticipants traject, boolean mayReadResults, List<RoundOverview> rounds) {
    }

    /**
     * A group link of a round, for its project lead: the page it opens ({@code /scan/…}), or null for a link made before
     * links could be shown again.
     */
    public record GroupLink(long id, RespondentGroup group, String path) {
        public boolean canBeShown() {
            return path != null;
        }
    }

    /**
     * The rounds of a traject with their counts, in three statements. The project lead sees all; members only closed
     * rounds (their results); other readers nothing.
     */
    @PreAuthorize(Access.STAFF)
    public List<RoundOverview> rounds(long trajectId) {
        return overviews.of(access.visibleTraject(trajectId));
    }

    /** The traject (empty when this person may not see it) with its rounds as {@link #rounds(long)} lists them. */
    @PreAuthorize(Access.STAFF)
    public Optional<TrajectRounds> roundsPage(long trajectId) {
        return access.visibleTrajectIfAny(trajectId).map(traject -> new TrajectRounds(traject,
                traject.mayManage() || access.involves(traject), overviews.of(traject)));
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public ScanRound createRound(long trajectId, RoundForm form) {
        TrajectParticipants traject = access.visibleTraject(trajectId);
        ScanAccess.requireManager(traject);
        require(!form.name().isEmpty() && form.name().length() <= ScanRound.NAME_MAX, "scan.error.name",
                ScanRound.NAME_MAX);
        require(form.opensOn() != null && form.closesOn() != null, "scan.error.dates");
        require(traject.dates().contains(form.opensOn()) && traject.dates().contains(form.closesOn()),
                "scan.error.dates.window", traject.dates().firstYear(), traject.dates().lastYear());
        require(!form.closesOn().isBefore(form.opensOn()), "scan.error.dates.order");
        require(!form.closesOn().isBefore(access.today()), "scan.error.dates.past");
        require(!form.groups().isEmpty(), "scan.error.groups");
        require(form.basedOnRoundId() == null || form.templateId() == null, "scan.error.questionnaire.both");
        ScanRound round;
        List<ScanQuestion> copied = new ArrayList<>();
        if (form.basedOnRoundId() != null) {
            ScanRound earlier = rounds.findById(form.basedOnRoundId())
                    .filter(r -> r.getTrajectId() == trajectId)
                    .orElseThrow(() -> new InvalidInput("scan.error.basedon"));
            round = rounds.saveAndFlush(new ScanRound(trajectId, form, adviceVersion(earlier.getTemplateVersion())));
            questions.findByRoundIdOrderByPositionAscIdAsc(earlier.getId())
                    .forEach(q -> copied.add(q.copyTo(round.getId())));
        } else {
            List<TemplateQuestion> source;
            if (form.templateId() != null) {
                OrganisationTemplate own = library.templateForRound(form.templateId());
                round = rounds.saveAndFlush(new ScanRound(trajectId, form, own,
                        adviceVersion(own.getShippedVersion())));
                source = library.questionsOf(own.getId());
            } else {
                ScanTemplate template = templates.latest();
                round = rounds.saveAndFlush(new ScanRound(trajectId, form, template.version()));
                source = QuestionnaireLibraryService.shippedQuestions(template);
            }
            int position = 0;
            for (TemplateQuestion q : source) {
                copied.add(new ScanQuestion(round.getId(), ++position, q.themeKey(), q.themeTitle(), q.questionKey(),
                        q.text(), q.reverse(), q.open(), q.expertText()));
            }
        }
        questions.saveAll(copied);
        return round;
    }

    /**
     * The shipped version whose advice, sources and checklist steps a new round gives when its questions come from an
     * organisation template or an earlier round: the latest, when it has every theme of the version the questions were
     * copied from (themes are never invented, so the questions fit), else that version. The advice is the portal's
     * reading of the seeds, not the organisation's, so a corrected version (2: who pulls the change) reaches new rounds
     * of an older template too; rounds that already ran keep the version they recorded.
     */
    private int adviceVersion(int copiedFrom) {
        ScanTemplate latest = templates.latest();
        boolean sameThemes = templates.version(copiedFrom)
                .map(from -> from.themes().stream().allMatch(t -> latest.theme(t.key()).isPresent()))
                .orElse(true);
        return sameThemes ? latest.version() : copiedFrom;
    }

    /** The questions of a round, for the project lead who adapts them. */
    @PreAuthorize(Access.STAFF)
    public List<ScanQuestion> questions(long roundId) {
        ScanRound round = access.managedRound(roundId);
        return questions.findByRoundIdOrderByPositionAscIdAsc(round.getId());
    }

    /**
     * Adapts a statement of this round's copy of the questionnaire, keeping the experts' wording as it is; only before
     * anyone has answered.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public ScanQuestion rewordQuestion(long questionId, long expectedVersion, String text, boolean reverse) {
        return rewordQuestion(questionId, expectedVersion, text, reverse, null, false);
    }

    /**
     * Adapts a statement and the wording the group "Ervaringsdeskundigen" reads ({@code expertText}, blank for none:
     * then they read {@code text}); only before anyone has answered.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public ScanQuestion rewordQuestion(long questionId, long expectedVersion, String text, boolean reverse,
                                       String expertText) {
        return rewordQuestion(questionId, expectedVersion, text, reverse, expertText, true);
    }

    private ScanQuestion rewordQuestion(long questionId, long expectedVersion, String text, boolean reverse,
                                        String expertText, boolean withExpertText) {
        ScanQuestion question = questions.findById(questionId)
                .orElseThrow(() -> new InvalidInput("scan.error.notfound"));
        if (question.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ScanQuestion.class, questionId);
        }
        requireEditable(access.managedRound(question.getRoundId()));
        question.reword(ScanQuestion.requireText(text), reverse);
        if (withExpertText) {
            question.rewordForExperts(ScanQuestion.variant(expertText) == null ? null
                    : ScanQuestion.requireText(expertText));
        }
        return questions.saveAndFlush(question);
    }

    /** Adds the organisation's own statement to a theme of this round's questionnaire, before anyone answers. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public ScanQuestion addStatement(long roundId, String themeKey, String text, boolean reverse) {
        requireEditable(access.managedRound(roundId));
        ScanQuestion last = questions.findByRoundIdOrderByPositionAscIdAsc(roundId).stream()
                .filter(q -> !q.isOpenQuestion() && q.getThemeKey().equals(themeKey))
                .reduce((a, b) -> b).orElseThrow(() -> new InvalidInput("scan.error.theme"));
        String clean = ScanQuestion.requireText(text);
        // same position as the theme's last statement: the higher id sorts it right after that one
        return questions.saveAndFlush(new ScanQuestion(roundId, last.getPosition(), themeKey, last.getThemeTitle(),
                ScanQuestion.ownKey(themeKey, tokens), clean, reverse, false));
    }

    /** Leaves a statement or open question out of this round, before anyone answers; one statement must remain. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void removeQuestion(long questionId) {
        ScanQuestion question = questions.findById(questionId)
                .orElseThrow(() -> new InvalidInput("scan.error.notfound"));
        ScanRound round = access.managedRound(question.getRoundId());
        requireEditable(round);
        require(question.isOpenQuestion() || questions.findByRoundIdOrderByPositionAscIdAsc(round.getId()).stream()
                .filter(q -> !q.isOpenQuestion()).count() > 1, "scan.error.questions.last");
        questions.delete(question);
        questions.flush();
    }

    private void requireEditable(ScanRound round) {
        require(round.state(access.today()) != RoundState.CLOSED
                && responses.countByGroup(List.of(round.getId())).isEmpty(), "scan.error.questions.locked");
    }

    /**
     * Invites each address once per round: one invitation and one mail through the outbox, in this transaction.
     * Addresses already invited are skipped, so sending the same list twice mails nobody twice.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public InviteResult invite(long roundId, RespondentGroup group, String addresses) {
        ScanRound round = roundTakingAnswers(roundId, group);
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
        for (String email : parsed) {
            if (already.contains(email)) {
                continue;
            }
            ScanTokens.Issued link = tokens.issue();
            invitations.save(ScanInvitation.personal(roundId, group, email, link.hash()));
            events.publishEvent(new ScanInvitationIssued(email, round.getName(), round.getClosesOn(),
                    address.forMail(ScanTokens.path(link.token())), false));
            added++;
        }
        invitations.flush();
        return new InviteResult(added, parsed.size() - added);
    }

    /**
     * A new anonymous link for a whole group; returns the page it opens ({@code /scan/…}). Its token is derived from a
     * stored nonce with the portal's key, so {@link #groupLinks} can show it again; only its hash is stored.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public String createGroupLink(long roundId, RespondentGroup group) {
        roundTakingAnswers(roundId, group);
        ScanTokens.GroupLinkToken link = tokens.issueGroupLink();
        invitations.saveAndFlush(ScanInvitation.groupLink(roundId, group, link.nonce(), link.hash()));
        return ScanTokens.path(link.token());
    }

    /** The round's group links, oldest first, each with the page it opens, for the project lead to share again. */
    @PreAuthorize(Access.STAFF)
    public List<GroupLink> groupLinks(long roundId) {
        access.managedRound(roundId);
        return invitations.findByRoundIdAndKindOrderById(roundId, ScanInvitation.Kind.GROUP).stream()
                .map(i -> new GroupLink(i.getId(), i.getGroup(), i.getLinkNonce() == null ? null
                        : ScanTokens.path(tokens.groupLinkToken(i.getLinkNonce())))).toList();
    }

    private ScanRound roundTakingAnswers(long roundId, RespondentGroup group) {
        ScanRound round = access.managedRound(roundId);
        require(round.state(access.today()) != RoundState.CLOSED, "scan.error.closed");
        require(group != null && round.getGroups().contains(group), "scan.error.group");
        return round;
    }

    /** Mails a fresh link to everyone invited who has not answered yet; returns how many. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public int remindNonResponders(long roundId) {
        ScanRound round = access.managedRound(roundId);
        require(round.state(access.today()) == RoundState.OPEN, "scan.error.remind.notopen");
        List<ScanInvitation> open = invitations.findNotAnswered(roundId);
        for (ScanInvitation invitation : open) {
            ScanTokens.Issued link = tokens.issue();
            invitation.remind(link.hash());
            events.publishEvent(new ScanInvitationIssued(invitation.getEmail(), round.getName(),
                    round.getClosesOn(), address.forMail(ScanTokens.path(link.token())), true));
        }
        invitations.flush();
        return open.size();
    }

    /**
     * Closes the round before its closing date and seals it: no answer is taken after this, and the results, which
     * appear now, never change again (decision 0005). An answer being submitted at this moment is waited for.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public ScanRound close(long roundId, long expectedVersion) {
        ScanRound round = access.managedRound(roundId);
        round.requireVersion(expectedVersion);
        require(round.state(access.today()) != RoundState.CLOSED, "scan.error.closed");
        round.close(access.today());
        rounds.saveAndFlush(round);
        sealing.sealInThisTransaction(round);
        return rounds.saveAndFlush(round);
    }
}
