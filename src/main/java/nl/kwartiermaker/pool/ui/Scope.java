package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kwartiermaker.pool.PoolPartner;

/** For whom a sub-assignment is, or which ones a list shows: everyone's, the regional ones, or one municipality's. */
record Scope(Long partnerId, boolean regional, String label) {

    static Scope everything(Component owner) {
        return new Scope(null, false, owner.getTranslation("pool.sub.scope.all"));
    }

    static Scope region(Component owner) {
        return new Scope(null, true, owner.getTranslation("pool.sub.scope.regional"));
    }

    /** The region, then each municipality by name. */
    static List<Scope> choices(Component owner, List<PoolPartner> partners) {
        List<Scope> choices = new ArrayList<>();
        choices.add(region(owner));
        partners.forEach(p -> choices.add(new Scope(p.getId(), false, p.getName())));
        return choices;
    }

    static Scope of(List<Scope> choices, Long partnerId) {
        return choices.stream().filter(s -> s.partnerId() == null ? partnerId == null && s.regional()
                : Objects.equals(s.partnerId(), partnerId)).findFirst().orElse(null);
    }
}
