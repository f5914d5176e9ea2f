/**
 * The directory's pages ({@code /directory}) and JSON API ({@code /api/directory/…}).
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.directory.adapter.in.web;
