package org.counterpart.shell;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.counterpart.testing.NeedsBroker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Where a broker is configured, health reports it next to the database; the load balancer's check (readiness) asks
 * for the database only, so that a broker outage does not take every instance out of service.
 */
@NeedsBroker
@SpringBootTest
@AutoConfigureMockMvc
class BrokerHealthIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void healthIncludesTheDatabaseAndTheBroker() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.rabbit.status").value("UP"));
    }

    @Test
    void theLoadBalancersCheckAsksForTheDatabaseButNotTheBroker() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"))
                .andExpect(jsonPath("$.components.rabbit").doesNotExist());
    }
}
