/** Versioned, validated organization settings (later issues add time-bank and points rules). */
package org.linli.tenant.domain.settings;
