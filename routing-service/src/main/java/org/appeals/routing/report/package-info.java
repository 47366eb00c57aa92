/** The accuracy report: the classifier run over labelled appeals, with accuracy, confusion and triage rate. */
package org.appeals.routing.report;
