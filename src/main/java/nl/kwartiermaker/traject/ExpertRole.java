package nl.kwartiermaker.traject;

/** The five roles of an expert by experience (seed 001, de basis). */
public enum ExpertRole { ONDERSTEUNER, BELEIDSBEINVLOEDER, DESKUNDIGHEIDSBEVORDERAAR, ONDERZOEKER, INITIATOR_VAN_VERNIEUWING }
