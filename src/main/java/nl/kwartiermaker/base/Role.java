package nl.kwartiermaker.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The portal's roles (PRODUCT.md §1). A person can hold several. Respondents of a scan have no account and so no role.
 * The nested {@link Names} constants exist because access annotations need compile-time strings.
 */
public enum Role {
    BEHEERDER,
    PROJECTLEIDER,
    HR_ADVISEUR,
    COORDINATOR,
    MEDEWERKER,
    ERVARINGSDESKUNDIGE,
    MENTOR,
    /** Runs a regional pool of experts shared by partner municipalities (seed 003). */
    POOL_COORDINATOR,
    /** A partner municipality's contact for the regional pool: sees their own municipality's part only. */
    PARTNER_CONTACT;

    /** Spring Security authority, e.g. {@code ROLE_BEHEERDER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Whether the role belongs to the organisation's own staff. A partner contact works for a municipality outside it:
     * they see the regional pool's part of their municipality, the knowledge base and their notifications, not the
     * organisation's trajecten, scans, role descriptions or stories (whose consent is for the intranet).
     */
    public boolean isStaff() {
        return this != PARTNER_CONTACT;
    }

    /**
     * The Spring Security authorities of a person with these roles: one per role, plus {@code ROLE_STAFF} when any
     * role is a staff role, so that views and services open to all staff say so in one word ({@link Names#STAFF}).
     */
    public static List<GrantedAuthority> authoritiesOf(Collection<Role> roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        if (roles.stream().anyMatch(Role::isStaff)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Names.STAFF));
        }
        return authorities;
    }

    /** i18n key of the role's display name. */
    public String labelKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }

    public static final class Names {
        public static final String BEHEERDER = "BEHEERDER";
        public static final String PROJECTLEIDER = "PROJECTLEIDER";
        public static final String HR_ADVISEUR = "HR_ADVISEUR";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String MEDEWERKER = "MEDEWERKER";
        public static final String ERVARINGSDESKUNDIGE = "ERVARINGSDESKUNDIGE";
        public static final String MENTOR = "MENTOR";
        public static final String POOL_COORDINATOR = "POOL_COORDINATOR";
        public static final String PARTNER_CONTACT = "PARTNER_CONTACT";
        /** Not a role of its own: the authority every account with a staff role gets (see {@link #authoritiesOf}). */
        public static final String STAFF = "STAFF";

        private Names() {
        }
    }
}
