package nl.kwartiermaker.pool;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.mentoring.ExperienceTheme;

/** Themes in one column ("SCHULDEN_EN_ARMOEDE,VERSLAVING"), read with the row: inventories are listed 14 at a time. */
@Converter
class PoolThemesColumn implements AttributeConverter<Set<ExperienceTheme>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ExperienceTheme> themes) {
        return themes == null ? "" : themes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ExperienceTheme> convertToEntityAttribute(String column) {
        Set<ExperienceTheme> themes = EnumSet.noneOf(ExperienceTheme.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(ExperienceTheme::valueOf).forEach(themes::add);
        }
        return themes;
    }
}
