package nl.kwartiermaker.story;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.traject.ExpertRole;

/** The roles of the experts in a story, fenced by commas like {@link StoryThemesColumn}, for the same filtering. */
@Converter
class StoryRolesColumn implements AttributeConverter<Set<ExpertRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ExpertRole> roles) {
        return roles == null || roles.isEmpty() ? ""
                : roles.stream().sorted().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    @Override
    public Set<ExpertRole> convertToEntityAttribute(String column) {
        Set<ExpertRole> roles = EnumSet.noneOf(ExpertRole.class);
        if (column != null) {
            Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(ExpertRole::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
