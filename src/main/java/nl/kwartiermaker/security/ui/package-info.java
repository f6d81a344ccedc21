/** The login page and the audit log view. */
package nl.kwartiermaker.security.ui;
