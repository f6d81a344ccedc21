package nl.kwartiermaker.pool;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles a municipality wants, in one column ("TRAINER,ONE_ON_ONE"), read with the row. */
@Converter
class PoolRolesColumn implements AttributeConverter<Set<PoolRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<PoolRole> roles) {
        return roles == null ? "" : roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<PoolRole> convertToEntityAttribute(String column) {
        Set<PoolRole> roles = EnumSet.noneOf(PoolRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(PoolRole::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
