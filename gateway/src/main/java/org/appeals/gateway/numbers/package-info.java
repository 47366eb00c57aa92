/** Registration numbers where an appeal id belongs: looked up at intake, briefly remembered. */
package org.appeals.gateway.numbers;
