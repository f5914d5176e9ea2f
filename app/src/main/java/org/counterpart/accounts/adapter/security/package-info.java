/**
 * The application's security: form login for pages, HTTP Basic for the API, accounts from the database, and who
 * the signed-in user is for every module. Both driving (sign-in) and driven (the current user), so it is an
 * adapter of both kinds.
 */
@org.jmolecules.architecture.hexagonal.Adapter
package org.counterpart.accounts.adapter.security;
