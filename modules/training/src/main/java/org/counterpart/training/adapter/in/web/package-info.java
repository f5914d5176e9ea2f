/**
 * The training pages ({@code /training}) and JSON API ({@code /api/training/…}).
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.training.adapter.in.web;
