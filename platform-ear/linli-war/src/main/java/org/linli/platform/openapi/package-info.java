/**
 * The OpenAPI contract's generic rules (problem answers, shared headers, paging parameters), added
 * to what the scanner finds in the resources' annotations.
 */
package org.linli.platform.openapi;
