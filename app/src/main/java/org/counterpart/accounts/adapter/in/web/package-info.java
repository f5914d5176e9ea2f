/**
 * The sign-in page and the API's "who am I".
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.accounts.adapter.in.web;
