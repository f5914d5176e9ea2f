package org.counterpart.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The planning pages: what each role sees and may do, on the 2018 demo plan. Every test is rolled back. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PlanningPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    Cookie signIn(String user) throws Exception {
        // The session lives in the database (Spring Session JDBC); its cookie, SESSION, names it.
        return mvc.perform(formLogin("/login").user(user).password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    @Test
    void thePlanPageListsTheTasksOfTheLatestPlan() throws Exception {
        var viewer = signIn("viewer");
        mvc.perform(get("/planning").cookie(viewer)).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/planning/*"));
        mvc.perform(get("/planning/2018").cookie(viewer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("沪教委办〔2018〕39号")))
                .andExpect(content().string(containsString("全面推进沪滇教育扶贫协作")))
                .andExpect(content().string(not(containsString("id=\"import-link\""))));
    }

    @Test
    void theTaskTableAloneAnswersTheFilters() throws Exception {
        mvc.perform(get("/planning/2018/tasks").param("region", "qinghai").cookie(signIn("viewer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("推进教育对口支援青海果洛工作")))
                .andExpect(content().string(not(containsString("全面推进沪滇教育扶贫协作"))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aViewerSeesATaskButNoWayToChangeIt() throws Exception {
        mvc.perform(get("/planning/2018/tasks/22").cookie(signIn("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("做好内地新疆中职班、内地西藏中职班办班工作")))
                .andExpect(content().string(not(containsString("id=\"transitions\""))))
                .andExpect(content().string(not(containsString("id=\"progress-form\""))));
    }

    @Test
    void theLeadOfficeStartsItsTaskOnThePage() throws Exception {
        mvc.perform(post("/planning/2018/tasks/22/transitions").cookie(signIn("zhijiao")).with(csrf())
                .param("transition", "START").param("version", "0"))
                .andExpect(redirectedUrl("/planning/2018/tasks/22")).andExpect(flash().attribute("notice", "任务状态已更新。"));
    }

    @Test
    void anotherOfficeIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/planning/2018/tasks/22/transitions").cookie(signIn("jijiao")).with(csrf())
                .param("transition", "START").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/planning/2018/tasks/22/progress").cookie(signIn("viewer")).with(csrf())
                .param("text", "查阅用户不能记录进展")).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCommissionOfficeOpensImportAndRollOver() throws Exception {
        mvc.perform(get("/planning/2018/import").cookie(signIn("zhijiao"))).andExpect(status().isForbidden());
        mvc.perform(post("/planning/2018/rollover").cookie(signIn("zhijiao")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/planning/2018/import").cookie(signIn("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-form\"")));
    }

    @Test
    void aMissingTaskIsAMissingPage() throws Exception {
        mvc.perform(get("/planning/2018/tasks/99").cookie(signIn("viewer"))).andExpect(status().isNotFound());
    }
}
