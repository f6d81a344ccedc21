/** The go/no-go decision page and the review reminder on the Overzicht. */
package nl.kwartiermaker.decision.ui;
