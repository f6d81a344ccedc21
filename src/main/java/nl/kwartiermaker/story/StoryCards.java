package nl.kwartiermaker.story;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.story.StoryLibraryService.Card;
import nl.kwartiermaker.traject.ExpertRole;
import org.springframework.stereotype.Component;

/**
 * The library's reading queries: stories as cards (the columns a card shows and the reaction count, never the body or
 * the search text), visible on the intranet by {@link StoryVisibility#RULE}, in one statement each. Written out here
 * rather than in the repository because the conditions depend on which filters are set and which themes a story has.
 */
@Component
class StoryCards {

    private static final String CARD = "select new nl.kwartiermaker.story.StoryLibraryService$Card(s.id, s.slug,"
            + " s.title, s.summary, s.imageName, s.imageAlt, s.themes, s.publishFrom,"
            + " (select count(r.id) from StoryReaction r where r.storyId = s.id)) from Story s where "
            + StoryVisibility.RULE;

    private final EntityManager entityManager;

    StoryCards(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up to {@code limit} cards from {@code offset}, newest first, with the theme and role (either may be null) and
     * every search word (folded, letters and digits only, so no wildcards) in the story's search text.
     */
    List<Card> find(ExperienceTheme theme, ExpertRole role, List<String> words, int offset, int limit, Instant now,
                    LocalDate today) {
        StringBuilder jpql = new StringBuilder(CARD);
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (theme != null) {
            jpql.append(" and s.fencedThemes like :theme");
            parameters.put("theme", "%" + StoryThemesColumn.fenced(theme) + "%");
        }
        if (role != null) {
            jpql.append(" and s.fencedRoles like :role");
            parameters.put("role", "%" + StoryThemesColumn.fenced(role) + "%");
        }
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and s.searchText like :word").append(i);
            parameters.put("word" + i, "%" + words.get(i) + "%");
        }
        jpql.append(" order by s.publishFrom desc, s.id desc");
        TypedQuery<Card> query = cards(jpql.toString(), parameters, now, today);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Up to {@code limit} other cards that share a theme or a role with the story, the most shared first, then the
     * newest.
     */
    List<Card> related(long storyId, Set<ExperienceTheme> themes, Set<ExpertRole> roles, int limit, Instant now,
                       LocalDate today) {
        if (themes.isEmpty() && roles.isEmpty()) {
            return List.of();
        }
        List<String> shares = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("storyId", storyId);
        int n = 0;
        for (ExperienceTheme theme : themes) {
            shares.add("case when s.fencedThemes like :shared" + n + " then 1 else 0 end");
            parameters.put("shared" + n++, "%" + StoryThemesColumn.fenced(theme) + "%");
        }
        int firstRole = n;
        for (ExpertRole role : roles) {
            shares.add("case when s.fencedRoles like :shared" + n + " then 1 else 0 end");
            parameters.put("shared" + n++, "%" + StoryThemesColumn.fenced(role) + "%");
        }
        List<String> any = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            any.add((i < firstRole ? "s.fencedThemes" : "s.fencedRoles") + " like :shared" + i);
        }
        String jpql = CARD + " and s.id <> :storyId and (" + String.join(" or ", any) + ") order by ("
                + String.join(" + ", shares) + ") desc, s.publishFrom desc, s.id desc";
        return cards(jpql, parameters, now, today).setMaxResults(limit).getResultList();
    }

    private TypedQuery<Card> cards(String jpql, Map<String, Object> parameters, Instant now, LocalDate today) {
        TypedQuery<Card> query = entityManager.createQuery(jpql, Card.class)
                .setParameter("now", now).setParameter("today", today)
                .setParameter("intranet", true).setParameter("digest", false).setParameter("feed", false);
        parameters.forEach(query::setParameter);
        return query;
    }
}
