package org.counterpart.accounts.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Who gets in where: pages by form login with CSRF, the API by HTTP Basic, accounts from the database. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Signs in through the real form, so the session holds the account as the application made it. */
    private Cookie signIn(String username) throws Exception {
        // The session lives in the database (Spring Session JDBC); its cookie, SESSION, names it.
        return mvc.perform(formLogin("/login").user(username).password("demo"))
                .andExpect(authenticated()).andReturn().getResponse()
                .getCookie("SESSION");
    }

    @Test
    void pagesSendAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSignInPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("用户名")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("User name")))
                .andExpect(header().string("Set-Cookie", containsString("counterpart-lang=en")));
    }

    @Test
    void aDemoAccountSignsInWithItsPassword() throws Exception {
        mvc.perform(formLogin("/login").user("jijiao").password("demo"))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername("jijiao").withRoles("OFFICE"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("wrong"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        var hash = jdbc.queryForObject("SELECT password_hash FROM accounts_user_account WHERE username = 'admin'",
                String.class);

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo");
        assertThat(Integer.parseInt(hash.substring("{bcrypt}$2a$".length(), "{bcrypt}$2a$".length() + 2)))
                .as("BCrypt's cost: 2^10 rounds at least").isGreaterThanOrEqualTo(10);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/directory/units").with(user("admin").roles("ADMIN")).param("nameZh", "无令牌单位")
                .param("kind", "SCHOOL")).andExpect(status().isForbidden());
    }

    @Test
    void theSignedInHomePageShowsWhoIsActing() throws Exception {
        mvc.perform(get("/").cookie(signIn("shipei")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("市师资培训中心")))
                .andExpect(content().string(containsString("承办单位用户")));
    }

    @Test
    void refusalsAndMissingPagesAnswer403And404() throws Exception {
        var jijiao = signIn("jijiao");

        mvc.perform(post("/directory/units").cookie(jijiao).with(csrf()).param("nameZh", "无权登记").param("kind", "SCHOOL")
                .accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        mvc.perform(get("/no-such-page").cookie(jijiao).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void theApiAsksForBasicCredentials() throws Exception {
        mvc.perform(get("/api/directory/regions")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
        mvc.perform(get("/api/directory/regions").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiListsPagedWithItemsAndTotal() throws Exception {
        mvc.perform(get("/api/directory/regions").param("size", "3").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].code").value("yunnan"))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(10)));
    }

    @Test
    void theApiTellsWhoIsCalling() throws Exception {
        mvc.perform(get("/api/accounts/me").with(httpBasic("zhijiao", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("OFFICE")).andExpect(jsonPath("$.office").value("zhijiao"));
    }

    @Test
    void onlyTheAdministratorRegistersUnits() throws Exception {
        var body = """
                {"nameZh": "接口登记单位-%s", "nameEn": "API unit", "kind": "SCHOOL"}
                """.formatted(UUID.randomUUID());

        mvc.perform(post("/api/directory/units").with(httpBasic("viewer", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        var created = mvc.perform(post("/api/directory/units").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.startsWith("u-"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var code = JsonPath.read(created, "$.code").toString();
        assertThat(jdbc.queryForMap("SELECT registered_by, registered_by_user FROM directory_unit WHERE code = ?", code))
                .as("who registered it, kept with the unit").containsEntry("registered_by", "委办公室（信息办）")
                .containsEntry("registered_by_user", "admin");
    }

    @Test
    void badInputIsRefusedWithAMessageInTheCallersLanguage() throws Exception {
        var nameless = """
                {"nameZh": " ", "kind": "SCHOOL"}
                """;

        mvc.perform(post("/api/directory/units").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(nameless)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("请填写单位名称。"));
        mvc.perform(post("/api/directory/units").with(httpBasic("admin", "demo")).header("Accept-Language", "en-GB")
                .contentType(MediaType.APPLICATION_JSON).content(nameless)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Please enter the unit's name."));
    }

    @Test
    void theAdministratorRegistersAUnitOnThePage() throws Exception {
        var name = "页面登记单位-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = signIn("admin");

        mvc.perform(post("/directory/units").cookie(admin).with(csrf()).param("nameZh", name).param("kind", "SCHOOL"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已登记承办单位“" + name + "”")));
        mvc.perform(post("/directory/units").cookie(admin).with(csrf()).param("nameZh", name).param("kind", "SCHOOL"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已在名录中")));
    }

    @Test
    void anOfficeUserMayNotRegisterUnitsOnThePage() throws Exception {
        mvc.perform(post("/directory/units").cookie(signIn("jijiao")).with(csrf()).param("nameZh", "处室登记单位")
                .param("kind", "SCHOOL")).andExpect(status().isForbidden());
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/directory/units")));
    }

    @Test
    void healthIsPublicAndIncludesTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
