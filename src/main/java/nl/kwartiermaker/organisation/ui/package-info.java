/** The Beheerder's page for the organisation's name and logo. */
package nl.kwartiermaker.organisation.ui;
