/**
 * Strict reading of JSON request bodies, in one place for every endpoint: the bytes must be UTF-8,
 * the text one JSON value of the expected shape, and every string free of control characters and
 * unpaired surrogates. Anything else is a 400 naming the field.
 */
package org.linli.kernel.api.json;
