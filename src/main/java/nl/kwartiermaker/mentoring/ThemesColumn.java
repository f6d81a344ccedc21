package nl.kwartiermaker.mentoring;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's themes in one column ("VERSLAVING,DAKLOOSHEID"): the register and the matching read them for hundreds of
 * people at once, and a column comes with the row where a collection table would cost a query per person.
 */
@Converter
class ThemesColumn implements AttributeConverter<Set<ExperienceTheme>, String> {

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
