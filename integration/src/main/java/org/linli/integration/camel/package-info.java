/** The Camel context of the deployment and its routes. */
package org.linli.integration.camel;
