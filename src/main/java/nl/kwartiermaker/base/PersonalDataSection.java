package nl.kwartiermaker.base;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one feature holds about a person, for an export: records by kind ("account", "check-in" …), each a list of
 * field names and values (texts, numbers, yes/no; dates and times as ISO text), plus notes (i18n keys) such as
 * "answers to the readiness scan are anonymous". Field names are the register's (docs/privacy.md), so the file can be read against it.
 */
public record PersonalDataSection(String feature, Map<String, List<Map<String, Object>>> records, List<String> notes) {

    public static PersonalDataSection of(String feature) {
        return new PersonalDataSection(feature, new LinkedHashMap<>(), new ArrayList<>());
    }

    /** Adds one record of this kind; {@code fieldsAndValues} alternate name, value. */
    public PersonalDataSection add(String kind, Object... fieldsAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put((String) fieldsAndValues[i], plain(fieldsAndValues[i + 1]));
        }
        records.computeIfAbsent(kind, k -> new ArrayList<>()).add(fields);
        return this;
    }

    /** A remark for the reader, as an i18n key ({@code privacy.note.…}); the export translates it. */
    public PersonalDataSection note(String note) {
        notes.add(note);
        return this;
    }

    public boolean isEmpty() {
        return records.isEmpty() && notes.isEmpty();
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Temporal || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(PersonalDataSection::plain).toList();
        }
        return String.valueOf(value);
    }
}
