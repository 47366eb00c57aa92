package org.appeals.routing.classify;

/**
 * What the resident's category hint did to a classification. The hint is weighed, never obeyed: it decides only where
 * the text does not clearly say otherwise, and on its own it only suggests.
 */
public enum HintEffect {
    /** The resident chose no category. */
    NONE,
    /** The hint was not a taxonomy code: ignored (and counted). */
    UNKNOWN,
    /** The text says the same category; the hint made the classifier surer. */
    AGREED,
    /** The text was torn between categories, the hinted one among them; the hint tipped it. */
    TIPPED,
    /** The text has no words for the hinted category, nor clear ones for another: a suggestion for the operator. */
    ALONE,
    /** The text clearly says another category, which stands. */
    OUTWEIGHED
}
