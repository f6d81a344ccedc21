package nl.kwartiermaker.traject;

import java.util.List;

/**
 * Other features show their documents at a checklist step through this (a role description at "duidelijke
 * functieomschrijving"), so the traject feature does not depend on them. Implementations return only what the
 * signed-in person may open.
 */
public interface ChecklistLinks {

    List<ItemLink> linksFor(long trajectId);

    /** A link shown with the checklist items whose template key is {@code templateKey}. */
    record ItemLink(String templateKey, String label, String href) {
    }
}
