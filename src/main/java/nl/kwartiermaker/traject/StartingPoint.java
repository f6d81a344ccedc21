package nl.kwartiermaker.traject;

/** Why an organisation starts (seed 001, verkenning): a change, dissatisfaction, or a dream. */
public enum StartingPoint { VERANDERING, ONTEVREDENHEID, DROOM }
