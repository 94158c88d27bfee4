/** Demo data of the time bank, loaded when LINLI_DEMO_ENABLED is true. */
package org.linli.volunteer.timebank.infrastructure.demo;
