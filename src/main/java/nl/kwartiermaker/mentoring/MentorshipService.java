package nl.kwartiermaker.mentoring;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentors and buddies for experts (issue 13, matching): the coordinator gets ranked suggestions with reasons and
 * proposes someone; the proposed supporter accepts or declines in the portal; the coordinator withdraws a proposal or
 * ends a mentorship; coordinator or mentor change the rhythm of check-ins. One running or proposed mentor and one buddy
 * per expert at a time. Capacity is checked when proposing and again, under the supporter's row lock, at acceptance,
 * so two proposals made at the same moment never overfill anyone.
 */
@Service
@Transactional
public class MentorshipService {

    /** What holds a place in a supporter's capacity when matching: a running mentorship or an open proposal. */
    static final Set<MentorshipStatus> CURRENT = Set.of(MentorshipStatus.PROPOSED, MentorshipStatus.ACTIVE);

    private final MentorshipRepository mentorships;
    private final RegisteredPersonRepository people;
    private final SupporterRepository supporters;
    private final MentoringAccess access;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    MentorshipService(MentorshipRepository mentorships, RegisteredPersonRepository people,
                      SupporterRepository supporters, MentoringAccess access, PortalTime time,
                      ApplicationEventPublisher events) {
        this.mentorships = mentorships;
        this.people = people;
        this.supporters = supporters;
        this.access = access;
        this.time = time;
        this.events = events;
    }

    /** A mentorship as an expert's page shows it, with what the signed-in person may do with it. */
    public record SupportLine(Mentorship mentorship, String supporterName, boolean askedOfMe,
                              boolean mayChangeRhythm) {
    }

    /**
     * Who supports an expert, for their page: the running and proposed mentor and buddy, and for the coordinator the
     * ranked suggestions for a kind that has nobody yet.
     */
    public record ExpertSupport(long expertId, String expertName, boolean coordinator, List<SupportLine> current,
                                Map<SupportKind, List<MentorSuggestion>> suggestions) {

        public Optional<SupportLine> of(SupportKind kind) {
            return current.stream().filter(l -> l.mentorship().getKind() == kind).findFirst();
        }
    }

    /** The expert's mentor and buddy as the signed-in person may see them: the one read of the page's section. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional(readOnly = true)
    public ExpertSupport support(long expertId) {
        MentoringAccess.Seen seen = access.seen(expertId);
        RegisteredPerson expert = seen.person();
        MentoringAccess.Relation relation = seen.relation();
        boolean coordinator = relation == MentoringAccess.Relation.COORDINATOR;
        List<Mentorship> current = mentorships.findByExpertIdAndStatusIn(expertId, CURRENT);
        List<SupportKind> open = Arrays.stream(SupportKind.values())
                .filter(kind -> current.stream().noneMatch(m -> m.getKind() == kind)).toList();
        Map<SupportKind, List<MentorSuggestion>> suggestions = coordinator ? rank(expert, open, current) : Map.of();
        Map<Long, String> names = people.findAllById(current.stream().map(Mentorship::getSupporterId).toList())
                .stream().collect(Collectors.toMap(RegisteredPerson::getId, RegisteredPerson::getName));
        // only a supporter (proposed or running) answers or sets the rhythm from here; the coordinator may be one too
        boolean mayBeSupporter = relation == MentoringAccess.Relation.SUPPORTER
                || relation == MentoringAccess.Relation.PROPOSED_SUPPORTER || coordinator && !current.isEmpty();
        Long myEntry = mayBeSupporter ? access.myEntry().map(RegisteredPerson::getId).orElse(null) : null;
        List<SupportLine> lines = current.stream().map(m -> new SupportLine(m, names.get(m.getSupporterId()),
                m.getStatus() == MentorshipStatus.PROPOSED && Long.valueOf(m.getSupporterId()).equals(myEntry),
                mayChangeRhythm(m, coordinator, myEntry))).toList();
        return new ExpertSupport(expertId, expert.getName(), coordinator, lines, suggestions);
    }

    /** Everyone the coordinator may propose as the expert's mentor or buddy, best first, with the reasons. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional(readOnly = true)
    public List<MentorSuggestion> suggestions(long expertId, SupportKind kind) {
        access.requireCoordinator();
        RegisteredPerson expert = access.visible(expertId);
        return rank(expert, List.of(kind), mentorships.findByExpertIdAndStatusIn(expertId, CURRENT)).get(kind);
    }

    /**
     * Asks {@code supporterId} to be the expert's mentor or buddy. Someone other than the top suggestion needs the
     * coordinator's reason, kept with the proposal; someone the matching would never suggest cannot be proposed.
     */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    public Mentorship propose(long expertId, long supporterId, SupportKind kind, String overrideReason) {
        access.requireCoordinator();
        access.visible(expertId);
        // two coordinators proposing for the same expert at once are counted one after the other
        RegisteredPerson expert = people.lockById(expertId).orElseThrow();
        InvalidInput.require(expert.isExpert() && expert.getLeftOn() == null, "mentoring.matching.error.not_expert");
        List<Mentorship> current = mentorships.findByExpertIdAndStatusIn(expertId, CURRENT);
        InvalidInput.require(current.stream().noneMatch(m -> m.getKind() == kind),
                "mentoring.matching.error.already_" + kind.name().toLowerCase(Locale.ROOT));
        String reason = overrideReason == null ? "" : overrideReason.strip();
        InvalidInput.require(reason.length() <= Mentorship.REASON_MAX, "mentoring.matching.error.reason_long",
                Mentorship.REASON_MAX);
        List<MentorSuggestion> ranked = rank(expert, List.of(kind), current).get(kind);
        MentorSuggestion chosen = ranked.stream().filter(s -> s.personId() == supporterId).findFirst()
                .orElseThrow(() -> new InvalidInput("mentoring.matching.error.not_eligible"));
        boolean top = ranked.getFirst().personId() == supporterId;
        InvalidInput.require(top || !reason.isEmpty(), "mentoring.matching.error.override_reason");
        Mentorship proposal = mentorships.save(new Mentorship(expertId, supporterId, kind, time.now(),
                access.me().id(), chosen.encodedReasons(), top ? "" : reason));
        RegisteredPerson supporter = people.findById(supporterId).orElseThrow();
        events.publishEvent(new MentorshipProposed(proposal.getId(), expertId, expert.getName(), kind,
                Contact.of(supporter)));
        return proposal;
    }

    /** The coordinator takes back a proposal that has not been answered. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    public void withdraw(long mentorshipId, long expectedVersion) {
        access.requireCoordinator();
        Mentorship proposal = find(mentorshipId);
        proposal.requireVersion(expectedVersion);
        InvalidInput.require(proposal.getStatus() == MentorshipStatus.PROPOSED, "mentoring.matching.error.not_open");
        proposal.withdraw();
    }

    /**
     * The proposed supporter says yes: the mentorship runs from today. Their running mentorships are counted again
     * under a lock on their row, so of two acceptances at the same moment the second sees the first.
     */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public Mentorship accept(long mentorshipId) {
        Mentorship proposal = proposalAskedOfMe(mentorshipId);
        RegisteredPerson supporter = people.lockById(proposal.getSupporterId()).orElseThrow();
        int running = mentorships.lockRunningBySupporter(supporter.getId()).size();
        InvalidInput.require(running < supporter.getCapacity(), "mentoring.matching.error.full",
                supporter.getCapacity());
        proposal.activate(time.today(), time.now());
        RegisteredPerson expert = people.findById(proposal.getExpertId()).orElseThrow();
        events.publishEvent(new MentorshipStarted(proposal.getId(), expert.getId(), proposal.getKind(),
                Contact.of(expert), Contact.of(supporter), proposal.getProposedById()));
        return proposal;
    }

    /** The proposed supporter says no, with a reason for the coordinator. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public void decline(long mentorshipId, String reason) {
        Mentorship proposal = proposalAskedOfMe(mentorshipId);
        String why = requireReason(reason);
        proposal.decline(why, time.now());
        RegisteredPerson expert = people.findById(proposal.getExpertId()).orElseThrow();
        RegisteredPerson supporter = people.findById(proposal.getSupporterId()).orElseThrow();
        events.publishEvent(new MentorshipDeclined(proposal.getId(), expert.getId(), expert.getName(),
                proposal.getKind(), supporter.getName(), why, proposal.getProposedById()));
    }

    /** The coordinator ends a running mentorship, with the reason; its check-ins stay in the history. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    public void end(long mentorshipId, long expectedVersion, String reason) {
        access.requireCoordinator();
        Mentorship mentorship = find(mentorshipId);
        mentorship.requireVersion(expectedVersion);
        InvalidInput.require(mentorship.getStatus() == MentorshipStatus.ACTIVE, "mentoring.matching.error.not_running");
        String why = requireReason(reason);
        mentorship.end(time.today(), why);
        RegisteredPerson expert = people.findById(mentorship.getExpertId()).orElseThrow();
        RegisteredPerson supporter = people.findById(mentorship.getSupporterId()).orElseThrow();
        events.publishEvent(new MentorshipEnded(mentorship.getId(), expert.getId(), mentorship.getKind(),
                Contact.of(expert), Contact.of(supporter), mentorship.getProposedById(), why));
    }

    /** How often mentor and expert meet: the coordinator or the mentor decides. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public Mentorship changeRhythm(long mentorshipId, long expectedVersion, CheckInRhythm rhythm) {
        Mentorship mentorship = find(mentorshipId);
        RegisteredPerson expert = access.visible(mentorship.getExpertId());
        boolean coordinator = access.relationTo(expert) == MentoringAccess.Relation.COORDINATOR;
        Long myEntry = access.myEntry().map(RegisteredPerson::getId).orElse(null);
        if (!mayChangeRhythm(mentorship, coordinator, myEntry)) {
            throw new AccessDeniedException("Only the coordinator or the mentor changes the rhythm");
        }
        mentorship.requireVersion(expectedVersion);
        mentorship.changeRhythm(rhythm);
        return mentorship;
    }

    private static boolean mayChangeRhythm(Mentorship m, boolean coordinator, Long myEntry) {
        return m.getStatus() == MentorshipStatus.ACTIVE && CheckInSchedule.keepsRhythm(m.getKind())
                && (coordinator || Long.valueOf(m.getSupporterId()).equals(myEntry));
    }

    private Mentorship find(long mentorshipId) {
        Mentorship mentorship = mentorships.findById(mentorshipId)
                .orElseThrow(() -> new InvalidInput("mentoring.error.notfound"));
        access.visible(mentorship.getExpertId());
        return mentorship;
    }

    /** A proposal the signed-in person was asked for and has not answered; only they answer it. */
    private Mentorship proposalAskedOfMe(long mentorshipId) {
        Mentorship proposal = find(mentorshipId);
        boolean mine = access.myEntry().map(p -> p.getId() == proposal.getSupporterId()).orElse(false);
        if (!mine) {
            throw new AccessDeniedException("Only the proposed supporter answers a proposal");
        }
        InvalidInput.require(proposal.getStatus() == MentorshipStatus.PROPOSED, "mentoring.matching.error.not_open");
        return proposal;
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        InvalidInput.require(!why.isEmpty(), "mentoring.matching.error.reason_required");
        InvalidInput.require(why.length() <= Mentorship.REASON_MAX, "mentoring.matching.error.reason_long",
                Mentorship.REASON_MAX);
        return why;
    }

    /** The ranked suggestions for each of these kinds, from one read of the pool and its load. */
    private Map<SupportKind, List<MentorSuggestion>> rank(RegisteredPerson expert, List<SupportKind> kinds,
                                                          List<Mentorship> current) {
        Map<SupportKind, List<MentorSuggestion>> ranked = new EnumMap<>(SupportKind.class);
        if (kinds.isEmpty()) {
            return ranked;
        }
        List<RegisteredPerson> pool = supporters.findPool();
        Map<Long, Long> taken = taken(pool.stream().map(RegisteredPerson::getId).toList());
        Set<Long> supporting = current.stream().map(Mentorship::getSupporterId).collect(Collectors.toSet());
        kinds.forEach(kind -> ranked.put(kind, MentorMatching.rank(expert, kind, pool, taken, supporting)));
        return ranked;
    }

    private Map<Long, Long> taken(List<Long> supporterIds) {
        if (supporterIds.isEmpty()) {
            return Map.of();
        }
        return mentorships.countPerSupporter(supporterIds, CURRENT).stream().collect(Collectors.toMap(
                MentorshipRepository.Load::getSupporterId, MentorshipRepository.Load::getTaken));
    }
}
