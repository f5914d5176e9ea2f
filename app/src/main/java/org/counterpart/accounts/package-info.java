/**
 * 账户 — who may sign in, with which role, for which office or unit; the application's security, and the
 * {@link org.counterpart.directory.CurrentUser} every module asks who is acting.
 */
@org.jmolecules.ddd.annotation.Module(name = "Accounts", description = "账户与权限")
package org.counterpart.accounts;
