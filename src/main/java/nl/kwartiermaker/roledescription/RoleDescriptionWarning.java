package nl.kwartiermaker.roledescription;

/** A choice in a role description that goes against the seeds: which section, why (an i18n key) and the source. */
public record RoleDescriptionWarning(Rule rule, DescriptionSection section, String source) {

    /** Each rule the builder checks; the i18n key of its reason is {@code roledesc.warning.<rule>}. */
    public enum Rule {
        SINGLE_EXPERT, SMALL_CONTRACT, NO_LINE_MANAGER, NO_MENTOR_OR_INTERVISION, VOLUNTEER_WITHOUT_PATH,
        TITLE_WITHOUT_EXPERT, EXPERT_LEADS_OWN_INTRODUCTION;

        public String messageKey() {
            return "roledesc.warning." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String messageKey() {
        return rule.messageKey();
    }
}
