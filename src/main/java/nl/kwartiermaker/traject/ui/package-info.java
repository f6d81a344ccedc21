/** Traject list, traject page with stage bar and checklists, and the forms to edit them. */
package nl.kwartiermaker.traject.ui;
