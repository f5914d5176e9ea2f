/**
 * Keeps user accounts in {@code accounts_user_account} through MyBatis.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.accounts.adapter.out.persistence;
