/**
 * The volunteer module, one package per bounded context, each with domain / application /
 * infrastructure / api: registration, activity, attendance, record, certificate, recognition
 * (trainings and awards), export, timebank and points; {@code shared} holds what several contexts
 * use, {@code demo} the demo data (ADR 0011).
 */
package org.linli.volunteer;
