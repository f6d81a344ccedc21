/** The person's notification list and its dashboard card. */
package nl.kwartiermaker.notification.ui;
