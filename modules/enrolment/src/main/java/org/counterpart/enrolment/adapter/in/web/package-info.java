/**
 * The enrolment pages ({@code /enrolment}) and JSON API ({@code /api/enrolment/…}).
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.enrolment.adapter.in.web;
