/** Who is calling: the identity the gateway signed, verified on every request; secrets a service cannot run without. */
package org.appeals.support.identity;
