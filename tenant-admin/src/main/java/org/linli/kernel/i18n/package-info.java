/**
 * Problem texts in the caller's language: Accept-Language negotiation (zh-CN default, en) and the
 * per-module message bundles, keyed by error code, that modules register through {@link
 * org.linli.kernel.i18n.ProblemBundle}.
 */
package org.linli.kernel.i18n;
