package org.counterpart.accounts.adapter.in.web;

import org.counterpart.accounts.Accounts;
import org.counterpart.directory.UserContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "accounts", description = "账户 — who is calling")
class MeApiController {

    private final Accounts accounts;

    MeApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/accounts/me")
    @Operation(summary = "The calling user: role and the office or unit they act for")
    UserContext me() {
        return accounts.signedIn().orElseThrow();
    }
}
