/** Views of the readiness scan: rounds of a traject, the respondent's answer page and the results. */
package nl.kwartiermaker.readiness.ui;
