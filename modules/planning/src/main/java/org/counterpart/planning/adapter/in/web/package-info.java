/**
 * The planning pages ({@code /planning}) and JSON API ({@code /api/planning/…}).
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.planning.adapter.in.web;
