/** Demo volunteers, activities, shifts and approved hours for the run command. */
package org.linli.volunteer.infrastructure.demo;
