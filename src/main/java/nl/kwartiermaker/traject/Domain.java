package nl.kwartiermaker.traject;

/** Where experts by experience will work (seed 001). */
public enum Domain { HULPVERLENING, BELEID, ZELFORGANISATIES, ONDERWIJS, ONDERZOEK }
