/** The Beheerder's page for data-subject requests. */
package nl.kwartiermaker.privacy.ui;
