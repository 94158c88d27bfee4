/** Assembly of the web application: the JAX-RS application and the persistence unit. */
package org.linli.platform;
