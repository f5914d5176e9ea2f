/**
 * The account use cases: signing in, who is signed in, and the accounts the application starts with.
 */
@org.jmolecules.architecture.hexagonal.Application
package org.counterpart.accounts.application;
