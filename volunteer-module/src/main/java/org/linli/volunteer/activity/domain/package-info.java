/** Activities (志愿项目), their shifts and sign-ups with capacity and waitlist. */
package org.linli.volunteer.activity.domain;
