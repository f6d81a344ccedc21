package nl.kwartiermaker.readiness;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kwartiermaker.base.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a scan, for respondents without an account: their link is their only key, so these methods are open to
 * anyone and check the link instead. An answer is stored as an anonymous response (decision 0005) while the round is
 * open and not sealed; the round stays locked (shared) until the answer is committed, so sealing never misses it.
 */
@Service
@Transactional(readOnly = true)
public class ScanAnsweringService {

    /** Respondents have no account; their token is checked instead. */
    static final String RESPONDENT = "permitAll()";
    /** The longest answer to an open question. */
    public static final int OPEN_ANSWER_MAX = ScanResponse.TEXT_MAX;
    private static final int TOKEN_MAX = 100;

    private final ScanRoundRepository rounds;
    private final ScanQuestionRepository questions;
    private final ScanInvitationRepository invitations;
    private final ScanResponseRepository responses;
    private final ScanAccess access;
    private final ScanTokens tokens;
    private final ScanAnswerMetrics metrics;

    ScanAnsweringService(ScanRoundRepository rounds, ScanQuestionRepository questions,
                         ScanInvitationRepository invitations, ScanResponseRepository responses, ScanAccess access,
                         ScanTokens tokens, ScanAnswerMetrics metrics) {
        this.tokens = tokens;
        this.metrics = metrics;
        this.rounds = rounds;
        this.questions = questions;
        this.invitations = invitations;
        this.responses = responses;
        this.access = access;
    }

    /** The questions behind a link, with answers saved earlier; or only why the link does not work (any more). */
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
        return new Questionnaire(state, round.getName(), round.getClosesOn(), found.getGroup(), found.isSingleUse(),
                questions.findByRoundIdOrderByPositionAscIdAsc(round.getId()), saved);
    }

    /**
     * Keeps the answers given so far, to continue later; nothing counts until it is submitted. With a personal link
     * (or a link to continue) they stay with that link. A group link is shared, so the respondent gets a link of their
     * own: a single-use link with nothing known about them, returned as the page it opens; saving again with it
     * keeps the answers there. Until submitted, saved answers are linked to that link, as the page says.
     */
    @PreAuthorize(RESPONDENT)
    @Transactional
    public Optional<String> saveForLater(String token, Map<Long, AnswerValue> answers) {
        ScanInvitation invitation = usable(token);
        Set<ScanResponse.Answer> draft = clean(invitation.getRoundId(), answers, false);
        if (invitation.isSingleUse()) {
            invitation.keepDraft(draft);
            invitations.saveAndFlush(invitation);
            return Optional.empty();
        }
        ScanTokens.Issued own = tokens.issue();
        ScanInvitation resume = ScanInvitation.resume(invitation.getRoundId(), invitation.getGroup(), own.hash());
        resume.keepDraft(draft);
        invitations.saveAndFlush(resume);
        return Optional.of(ScanTokens.path(own.token()));
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
        if (invitation.isSingleUse()) {
            invitation.markAnswered();
            invitations.saveAndFlush(invitation);
        }
        responses.flush();
        metrics.countWhenCommitted();
    }

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
        if (token == null || token.isBlank() || token.length() > TOKEN_MAX) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(ScanTokens.hash(token));
    }

    private Questionnaire.LinkState linkState(ScanInvitation invitation, ScanRound round) {
        if (invitation.isSingleUse() && invitation.isAnswered()) {
            return Questionnaire.LinkState.USED;
        }
        return switch (round.state(access.today())) {
            case PLANNED -> Questionnaire.LinkState.NOT_YET_OPEN;
            case CLOSED -> Questionnaire.LinkState.CLOSED;
            case OPEN -> Questionnaire.LinkState.OPEN;
        };
    }

    /** The invitation behind a working link, with its round locked against sealing until this transaction ends. */
    private ScanInvitation usable(String token) {
        ScanInvitation invitation = invitation(token).orElseThrow(() -> new InvalidInput("scan.link.unknown"));
        Questionnaire.LinkState state = linkState(invitation,
                rounds.lockForAnswering(invitation.getRoundId()).orElseThrow());
        if (state != Questionnaire.LinkState.OPEN) {
            throw new InvalidInput("scan.link." + state.name().toLowerCase(Locale.ROOT).replace('_', '.'));
        }
        return invitation;
    }
}
