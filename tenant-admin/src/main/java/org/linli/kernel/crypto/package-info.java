/** Keyed cryptography for personal data: field encryption and blind-index hashing. */
package org.linli.kernel.crypto;
