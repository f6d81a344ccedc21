package nl.kwartiermaker.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds a feature's records whose free texts name a person, for the feature's own {@link PersonalDataHolder}. */
public final class PersonMentions {

    private PersonMentions() {
    }

    /** Records of this entity in which any of these text fields contains one of the person's names or addresses. */
    public static <T> List<T> in(EntityManager entityManager, Class<T> entity, PersonRef person, String... fields) {
        List<String> patterns = Stream.concat(person.emails().stream(), person.names().stream())
                .map(text -> "%" + text.toLowerCase(Locale.ROOT) + "%").toList();
        if (patterns.isEmpty()) {
            return List.of();
        }
        // the cast lets lower() take long texts (CLOB) too
        List<String> conditions = new ArrayList<>();
        for (int n = 0; n < patterns.size(); n++) {
            for (String field : fields) {
                conditions.add("lower(cast(e." + field + " as String)) like :p" + n);
            }
        }
        TypedQuery<T> query = entityManager.createQuery("select e from " + entityManager.getMetamodel()
                .entity(entity).getName() + " e where " + String.join(" or ", conditions), entity);
        for (int n = 0; n < patterns.size(); n++) {
            query.setParameter("p" + n, patterns.get(n));
        }
        return query.getResultList();
    }
}
