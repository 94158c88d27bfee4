/** What every PDF of the platform shares: the embedded CJK font and vector QR codes. */
package org.linli.kernel.pdf;
