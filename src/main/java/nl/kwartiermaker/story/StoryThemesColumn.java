package nl.kwartiermaker.story;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.mentoring.ExperienceTheme;

/**
 * A story's themes in one column, fenced by commas (",VERSLAVING,DAKLOOSHEID,"), so the library filters with
 * {@code like '%,VERSLAVING,%'} in the same query that pages the stories, without a join table.
 */
@Converter
class StoryThemesColumn implements AttributeConverter<Set<ExperienceTheme>, String> {

    static String fenced(Enum<?> value) {
        return "," + value.name() + ",";
    }

    @Override
    public String convertToDatabaseColumn(Set<ExperienceTheme> themes) {
        return themes == null || themes.isEmpty() ? ""
                : themes.stream().sorted().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    @Override
    public Set<ExperienceTheme> convertToEntityAttribute(String column) {
        Set<ExperienceTheme> themes = EnumSet.noneOf(ExperienceTheme.class);
        if (column != null) {
            Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(ExperienceTheme::valueOf)
                    .forEach(themes::add);
        }
        return themes;
    }
}
