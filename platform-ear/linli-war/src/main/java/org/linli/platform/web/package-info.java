/**
 * Serving the browser apps (ADR 0010): history-mode routing to the apps' pages, cache headers, and
 * the public runtime configuration the apps read at start.
 */
package org.linli.platform.web;
