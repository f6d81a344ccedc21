/** The views of the role descriptions: the list and the stepwise builder. */
package nl.kwartiermaker.roledescription.ui;
