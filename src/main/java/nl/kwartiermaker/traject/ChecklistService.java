package nl.kwartiermaker.traject;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A traject's checklist: its steps. Members work on the steps assigned to them; the project lead and Beheerders
 * assign steps, add the organisation's own steps and template steps, and apply a newer template. Who may see and
 * steer a traject is {@link TrajectAccess}'s rule.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistService {

    private static final Pattern LINK = Pattern.compile("^(https?://|/)\\S+$");

    private final TrajectRepository trajecten;
    private final ChecklistItemRepository items;
    private final ChecklistTemplates templates;
    private final TrajectAccess access;

    ChecklistService(TrajectRepository trajecten, ChecklistItemRepository items, ChecklistTemplates templates,
                     TrajectAccess access) {
        this.trajecten = trajecten;
        this.items = items;
        this.templates = templates;
        this.access = access;
    }

    /** Items assigned to the signed-in person that are past their due date. */
    @PreAuthorize(Access.STAFF)
    public List<ChecklistItem> myOverdueItems() {
        return items.findOverdueFor(access.me().id(), access.today());
    }

    /** Saves a change to an item, made from version {@code expectedVersion}; the owner only changes their own. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public ChecklistItem updateItem(long itemId, long expectedVersion, ItemChange change) {
        SignedInUser.Account me = access.me();
        ChecklistItem item = items.findById(itemId).orElseThrow(() -> new InvalidInput("traject.error.notfound"));
        Traject traject = access.visible(item.getTrajectId(), me);
        boolean manager = TrajectAccess.mayManage(traject, me);
        if (!manager && (item.getOwnerId() == null || item.getOwnerId() != me.id())) {
            throw new AccessDeniedException("Only the owner, the project lead or a Beheerder edits this item");
        }
        item.requireVersion(expectedVersion);
        checkItem(change);
        // a date saved before stays acceptable, even if the traject's start was moved later since
        if (change.dueDate() != null && !change.dueDate().equals(item.getDueDate())) {
            DateWindow dates = TrajectAccess.datesOf(traject, access.today());
            require(dates.contains(change.dueDate()), "traject.error.item.due", dates.firstYear(), dates.lastYear());
        }
        item.apply(change);
        if (manager) {
            item.assignTo(change.ownerId());
        }
        return items.saveAndFlush(item);
    }

    /** Adds one of the organisation's own steps to a stage. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public ChecklistItem addOwnItem(long trajectId, Stage stage, String title, String explanation) {
        Traject traject = access.visible(trajectId, access.me());
        if (!TrajectAccess.mayManage(traject, access.me())) {
            throw new AccessDeniedException("Only the project lead or a Beheerder adds items");
        }
        require(Stage.WITH_CHECKLIST.contains(stage), "traject.error.stage");
        String cleanTitle = title == null ? "" : title.strip();
        String cleanExplanation = explanation == null ? "" : explanation.strip();
        require(!cleanTitle.isEmpty() && cleanTitle.length() <= ChecklistItem.TITLE_MAX, "traject.error.item.title",
                ChecklistItem.TITLE_MAX);
        require(cleanExplanation.length() <= ChecklistItem.EXPLANATION_MAX, "traject.error.item.explanation",
                ChecklistItem.EXPLANATION_MAX);
        return items.saveAndFlush(ChecklistItem.own(trajectId, stage, "", cleanTitle, cleanExplanation,
                items.lastSortOrder(trajectId) + 1));
    }

    /** A template step that another feature (the readiness scan's advice) asked for: newly added or already open. */
    public record TemplateItem(long itemId, String title, Stage stage, boolean added) {
    }

    /**
     * Puts the template step with this key on the checklist, unless it is already there and not yet done: then that
     * item is returned. A step that was finished or set aside gets a fresh copy, since the scan says it needs work.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public TemplateItem addTemplateItem(long trajectId, String templateKey) {
        Traject traject = access.visible(trajectId, access.me());
        if (!TrajectAccess.mayManage(traject, access.me())) {
            throw new AccessDeniedException("Only the project lead or a Beheerder adds items");
        }
        ChecklistTemplate.Item step = templates.latest().items().stream().filter(i -> i.key().equals(templateKey))
                .findFirst().orElseThrow(() -> new InvalidInput("traject.error.template"));
        Optional<ChecklistItem> open = items.findByTrajectIdAndTemplateKey(trajectId, templateKey).stream()
                .filter(i -> !i.getStatus().isDone()).findFirst();
        if (open.isPresent()) {
            return new TemplateItem(open.get().getId(), open.get().getTitle(), open.get().getStage(), false);
        }
        ChecklistItem added = items.saveAndFlush(ChecklistItem.fromTemplate(trajectId, step,
                items.lastSortOrder(trajectId) + 1));
        return new TemplateItem(added.getId(), added.getTitle(), added.getStage(), true);
    }

    /**
     * Deliberately applies a newer template: steps it adds are added, nothing already in the checklist changes.
     * Returns how many items were added.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public int applyTemplate(long trajectId, long expectedVersion, int templateVersion) {
        Traject traject = access.managed(trajectId, expectedVersion);
        ChecklistTemplate template = templates.version(templateVersion)
                .orElseThrow(() -> new InvalidInput("traject.error.template"));
        require(template.version() > traject.getTemplateVersion(), "traject.error.template");
        Set<String> present = new HashSet<>(items.templateKeys(trajectId));
        int order = items.lastSortOrder(trajectId);
        List<ChecklistItem> added = new ArrayList<>();
        for (ChecklistTemplate.Item item : template.items()) {
            if (!present.contains(item.key())) {
                added.add(ChecklistItem.fromTemplate(trajectId, item, ++order));
            }
        }
        items.saveAll(added);
        traject.setTemplateVersion(template.version());
        trajecten.saveAndFlush(traject);
        return added.size();
    }

    private static void checkItem(ItemChange change) {
        require(change.status() != null, "traject.error.item.status");
        require(change.status() != ItemStatus.NVT || !change.notApplicableReason().isEmpty(),
                "traject.error.item.reason");
        require(change.notApplicableReason().length() <= ChecklistItem.REASON_MAX, "traject.error.item.reason.long",
                ChecklistItem.REASON_MAX);
        require(change.notes().length() <= ChecklistItem.NOTES_MAX, "traject.error.item.notes",
                ChecklistItem.NOTES_MAX);
        require(String.join("\n", change.evidenceLinks()).length() <= ChecklistItem.EVIDENCE_MAX,
                "traject.error.item.evidence.long", ChecklistItem.EVIDENCE_MAX);
        for (String link : change.evidenceLinks()) {
            require(LINK.matcher(link).matches(), "traject.error.item.evidence", link);
        }
    }
}
