package nl.kwartiermaker.readiness;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which groups' results may be shown. A group needs at least {@link #MINIMUM} responses. The whole round's figures
 * (all respondents together) are shown too, so one hidden group could be worked out as "everyone minus the groups
 * shown": whenever the hidden groups together have fewer than {@link #MINIMUM} responses, the smallest group still
 * shown is hidden as well, until the hidden groups together reach the minimum or nothing is left to hide. The round's
 * own totals are shown only when at least {@link #MINIMUM} people answered.
 */
public final class GroupThreshold {

    public static final int MINIMUM = 5;

    public enum Visibility { SHOWN, TOO_FEW, PROTECTS_ANOTHER, NO_RESPONSES }

    private final Map<RespondentGroup, Visibility> visibility;
    private final boolean totalsShown;

    private GroupThreshold(Map<RespondentGroup, Visibility> visibility, boolean totalsShown) {
        this.visibility = visibility;
        this.totalsShown = totalsShown;
    }

    public static GroupThreshold of(Map<RespondentGroup, Long> responses) {
        Map<RespondentGroup, Visibility> visibility = new EnumMap<>(RespondentGroup.class);
        long hidden = 0;
        long total = 0;
        for (Map.Entry<RespondentGroup, Long> group : responses.entrySet()) {
            long count = group.getValue();
            total += count;
            if (count == 0) {
                visibility.put(group.getKey(), Visibility.NO_RESPONSES);
            } else if (count < MINIMUM) {
                visibility.put(group.getKey(), Visibility.TOO_FEW);
                hidden += count;
            } else {
                visibility.put(group.getKey(), Visibility.SHOWN);
            }
        }
        while (hidden > 0 && hidden < MINIMUM) {
            RespondentGroup smallest = visibility.entrySet().stream().filter(e -> e.getValue() == Visibility.SHOWN)
                    .map(Map.Entry::getKey)
                    .min(Comparator.comparingLong((RespondentGroup g) -> responses.get(g)).thenComparing(g -> g))
                    .orElse(null);
            if (smallest == null) {
                break;
            }
            visibility.put(smallest, Visibility.PROTECTS_ANOTHER);
            hidden += responses.get(smallest);
        }
        return new GroupThreshold(visibility, total >= MINIMUM);
    }

    public Visibility of(RespondentGroup group) {
        return visibility.getOrDefault(group, Visibility.NO_RESPONSES);
    }

    public boolean shows(RespondentGroup group) {
        return of(group) == Visibility.SHOWN;
    }

    public Set<RespondentGroup> shown() {
        Set<RespondentGroup> shown = EnumSet.noneOf(RespondentGroup.class);
        visibility.forEach((group, v) -> {
            if (v == Visibility.SHOWN) {
                shown.add(group);
            }
        });
        return shown;
    }

    /** Whether figures of all respondents together may be shown. */
    public boolean totalsShown() {
        return totalsShown;
    }
}
