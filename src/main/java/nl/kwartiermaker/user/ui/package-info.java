/** The Beheerder's user administration. */
package nl.kwartiermaker.user.ui;
