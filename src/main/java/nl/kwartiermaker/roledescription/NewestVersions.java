package nl.kwartiermaker.roledescription;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The list of role descriptions as the database answers it: per description (lineage) the newest version that this
 * person may see and that passes the filter, one page at a time, without the descriptions' texts and collections.
 * The same condition is applied to the row and to "a newer version of the same lineage", so the filter decides which
 * version is the newest one shown, as a person expects: filtering on "vastgesteld" shows the adopted version while
 * its next draft is being written.
 */
@Component
class NewestVersions {

    private final EntityManager entities;

    NewestVersions(EntityManager entities) {
        this.entities = entities;
    }

    /** Who asks: editors see every version; others adopted versions and those they were asked to review. */
    record Viewer(boolean seesEverything, long id) {
    }

    List<RoleDescriptionSummary> page(RoleDescriptionService.Filter filter, Viewer viewer, int offset, int limit) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<RoleDescription> d = query.from(RoleDescription.class);
        query.multiselect(d.get("id"), d.get("title"), d.get("theme"), d.get("versionNumber"), d.get("status"),
                d.get("trajectId"), d.get("modifiedAt"));
        query.where(newestPassing(cb, query.subquery(Long.class), d, filter, viewer));
        query.orderBy(cb.asc(d.get("title")), cb.asc(d.get("theme")), cb.asc(d.get("id")));
        List<RoleDescriptionSummary> rows = new ArrayList<>();
        for (Tuple row : entities.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList()) {
            rows.add(new RoleDescriptionSummary(row.get(0, Long.class), row.get(1, String.class),
                    row.get(2, String.class), row.get(3, Integer.class), row.get(4, RoleDescriptionStatus.class),
                    row.get(5, Long.class), row.get(6, Instant.class)));
        }
        return rows;
    }

    int count(RoleDescriptionService.Filter filter, Viewer viewer) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<RoleDescription> d = query.from(RoleDescription.class);
        query.select(cb.count(d)).where(newestPassing(cb, query.subquery(Long.class), d, filter, viewer));
        return Math.toIntExact(entities.createQuery(query).getSingleResult());
    }

    private static Predicate newestPassing(CriteriaBuilder cb, Subquery<Long> newer, Root<RoleDescription> d,
                                           RoleDescriptionService.Filter filter, Viewer viewer) {
        Root<RoleDescription> n = newer.from(RoleDescription.class);
        newer.select(n.get("id")).where(cb.and(cb.equal(n.get("lineageId"), d.get("lineageId")),
                cb.greaterThan(n.get("versionNumber"), d.get("versionNumber")), passes(cb, n, filter, viewer)));
        return cb.and(passes(cb, d, filter, viewer), cb.not(cb.exists(newer)));
    }

    private static Predicate passes(CriteriaBuilder cb, Root<RoleDescription> d, RoleDescriptionService.Filter filter,
                                    Viewer viewer) {
        List<Predicate> all = new ArrayList<>();
        if (!viewer.seesEverything()) {
            all.add(cb.or(cb.equal(d.get("status"), RoleDescriptionStatus.ADOPTED),
                    cb.equal(d.get("reviewerId"), viewer.id())));
        }
        if (filter.status() != null) {
            all.add(cb.equal(d.get("status"), filter.status()));
        }
        String words = filter.theme() == null ? "" : filter.theme().strip().toLowerCase(Locale.ROOT);
        if (!words.isEmpty()) {
            // the full title as people read it, "Ervaringsdeskundige armoede en schulden"; what they type is matched as
            // text, so % and _ are escaped (with "!": a backslash means something else in MariaDB's string literals)
            String pattern = "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            all.add(cb.like(cb.lower(cb.concat(cb.concat(d.get("title"), " "), d.get("theme"))), pattern, '!'));
        }
        if (filter.trajectId() != null) {
            all.add(cb.equal(d.get("trajectId"), filter.trajectId()));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }
}
