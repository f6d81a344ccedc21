package nl.kwartiermaker.traject;

import java.util.List;

/**
 * Other features add warnings to a traject's page through this (the go/no-go decision warns about the motive), so
 * the traject feature does not depend on them.
 */
public interface TrajectAdvice {

    List<TrajectWarning> warningsFor(long trajectId);
}
