package nl.kwartiermaker.traject;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.user.UserService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A traject's dated activities (information meetings, say), planned by its project lead or a Beheerder and read by
 * everyone who may see the traject, and the staff's Overzicht of their trajecten in words. Who may see and steer a
 * traject is {@link TrajectAccess}'s rule.
 */
@Service
@Transactional(readOnly = true)
public class TrajectActivityService {

    private final TrajectRepository trajecten;
    private final ChecklistItemRepository items;
    private final TrajectActivityRepository activities;
    private final UserService users;
    private final TrajectAccess access;

    TrajectActivityService(TrajectRepository trajecten, ChecklistItemRepository items,
                           TrajectActivityRepository activities, UserService users, TrajectAccess access) {
        this.trajecten = trajecten;
        this.items = items;
        this.activities = activities;
        this.users = users;
        this.access = access;
    }

    /** Adds a dated activity (an information meeting, say) to a traject; only who steers it may. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public TrajectActivity addActivity(long trajectId, ActivityForm form) {
        Traject traject = access.visible(trajectId, access.me());
        if (!TrajectAccess.mayManage(traject, access.me())) {
            throw new AccessDeniedException("Only the project lead or a Beheerder plans activities");
        }
        checkActivity(form, traject, null);
        return activities.saveAndFlush(new TrajectActivity(trajectId, form));
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public TrajectActivity updateActivity(long activityId, long expectedVersion, ActivityForm form) {
        TrajectActivity activity = managedActivity(activityId, expectedVersion);
        checkActivity(form, access.visible(activity.getTrajectId(), access.me()), activity);
        activity.apply(form);
        return activities.saveAndFlush(activity);
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public void removeActivity(long activityId, long expectedVersion) {
        activities.delete(managedActivity(activityId, expectedVersion));
    }

    /**
     * The trajecten this person is part of, then those open to all staff, in words for their Overzicht: at most
     * {@link #IN_WORDS_MAX}, with each one's coming activities. Four statements, whatever the number of trajecten.
     */
    @PreAuthorize(Access.STAFF)
    public List<TrajectInWords> inWords() {
        SignedInUser.Account me = access.me();
        List<Traject> shown = trajecten.findForStaff(me.id(), Pageable.ofSize(IN_WORDS_MAX));
        if (shown.isEmpty()) {
            return List.of();
        }
        List<Long> ids = shown.stream().map(Traject::getId).toList();
        Map<Long, List<TrajectActivity>> coming = new java.util.HashMap<>();
        activities.findByTrajectIdInAndDateGreaterThanEqualOrderByDateAscIdAsc(ids, access.today())
                .forEach(a -> coming.computeIfAbsent(a.getTrajectId(), k -> new ArrayList<>()).add(a));
        Map<Long, Map<Stage, PhaseProgress>> progress = TrajectProgress.progress(items, ids, access.today());
        Map<Long, String> leads = users.namesOf(shown.stream().map(Traject::getProjectLeadId).distinct().toList());
        return shown.stream().map(t -> {
            PhaseProgress stage = progress.getOrDefault(t.getId(), Map.of())
                    .getOrDefault(StageStatus.checklistOf(t.getStage()), TrajectProgress.empty(t.getStage()));
            return new TrajectInWords(t.getId(), t.getName(), t.getOrganisationUnit(), t.getStage(),
                    stage.complete(), leads.getOrDefault(t.getProjectLeadId(), ""),
                    coming.getOrDefault(t.getId(), List.of()).stream().limit(ACTIVITIES_SHOWN).toList());
        }).toList();
    }

    /** How many trajecten the staff card describes: more stops being a short explanation. */
    public static final int IN_WORDS_MAX = 3;
    /** How many coming activities per traject the staff card lists. */
    public static final int ACTIVITIES_SHOWN = 3;

    private TrajectActivity managedActivity(long activityId, long expectedVersion) {
        TrajectActivity activity = activities.findById(activityId)
                .orElseThrow(() -> new InvalidInput("traject.error.activity.notfound"));
        Traject traject = access.visible(activity.getTrajectId(), access.me());
        if (!TrajectAccess.mayManage(traject, access.me())) {
            throw new AccessDeniedException("Only the project lead or a Beheerder plans activities");
        }
        activity.requireVersion(expectedVersion);
        return activity;
    }

    private void checkActivity(ActivityForm form, Traject traject, TrajectActivity existing) {
        require(!form.title().isEmpty() && form.title().length() <= TrajectActivity.TITLE_MAX,
                "traject.error.activity.title", TrajectActivity.TITLE_MAX);
        require(form.date() != null, "traject.error.activity.date.missing");
        require(form.place().length() <= TrajectActivity.PLACE_MAX, "traject.error.activity.place",
                TrajectActivity.PLACE_MAX);
        require(form.description().length() <= TrajectActivity.DESCRIPTION_MAX,
                "traject.error.activity.description", TrajectActivity.DESCRIPTION_MAX);
        // a date saved before stays acceptable, as with a step's due date
        if (existing == null || !form.date().equals(existing.getDate())) {
            DateWindow dates = TrajectAccess.datesOf(traject, access.today());
            require(dates.contains(form.date()), "traject.error.activity.date", dates.firstYear(), dates.lastYear());
        }
    }
}
