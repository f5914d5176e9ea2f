/**
 * The reporting pages ({@code /reporting}) and JSON API ({@code /api/reporting/…}).
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.reporting.adapter.in.web;
