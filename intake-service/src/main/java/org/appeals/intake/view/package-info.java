/** Reading an appeal: its status, placement and timeline, as much as the caller may see. */
package org.appeals.intake.view;
