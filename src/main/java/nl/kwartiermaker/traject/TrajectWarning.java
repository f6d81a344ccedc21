package nl.kwartiermaker.traject;

import java.util.List;

/** A warning from the seeds' don'ts that applies to this traject, with where the advice comes from. */
public record TrajectWarning(String messageKey, List<String> params, String source) {

    public TrajectWarning {
        params = params == null ? List.of() : List.copyOf(params);
    }

    TrajectWarning(String messageKey, String source) {
        this(messageKey, List.of(), source);
    }
}
