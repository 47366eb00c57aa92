/** Answer review: the final answers waiting for the centre's approval, the check's flags marked in the text. */
package org.appeals.console.review;
