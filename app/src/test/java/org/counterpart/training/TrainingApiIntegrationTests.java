package org.counterpart.training;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * The training API on the 2018 programmes of Attachment 1, against the real database: every figure as the notice
 * has it, totals that reconcile exactly, who may change funding. Every test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TrainingApiIntegrationTests {

    static final String PROGRAMMES = "/api/training/programmes";

    @Autowired
    MockMvc mvc;

    String idOf(int number) throws Exception {
        var body = mvc.perform(get(PROGRAMMES).param("year", "2018").with(httpBasic("viewer", "demo"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.items[?(@.number == " + number + ")].id").toString().replaceAll("[\\[\\]\"]", "");
    }

    String revision(String commission, String partner, int trainees, long version) {
        return """
                {"commissionFunding": %s, "partnerFunding": %s, "plannedTrainees": %d, "version": %d}
                """.formatted(commission, partner, trainees, version);
    }

    @Test
    void theElevenProgrammesOf2018ReconcileWithAttachmentOne() throws Exception {
        mvc.perform(get(PROGRAMMES).param("year", "2018").with(httpBasic("viewer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(11))
                .andExpect(jsonPath("$.totals.commissionFunding").value(435.4))
                .andExpect(jsonPath("$.totals.partnerFunding").value(126))
                .andExpect(jsonPath("$.totals.plannedTrainees").value(397))
                .andExpect(jsonPath("$.items[*].number").value(contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)));
    }

    @Test
    void aProgrammeCarriesItsFiguresAsTheNoticeWritesThem() throws Exception {
        mvc.perform(get(PROGRAMMES + "/" + idOf(5)).with(httpBasic("viewer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.programme.name").value("遵义“金种子”校长培训"))
                .andExpect(jsonPath("$.programme.region.name").value("贵州"))
                .andExpect(jsonPath("$.programme.mode").value("STUDY_IN_SHANGHAI"))
                .andExpect(jsonPath("$.programme.commissionFunding").value(20))
                .andExpect(jsonPath("$.programme.partnerFunding").value(52))
                .andExpect(jsonPath("$.programme.fundingAsInNotice").value("20（遵义自筹52万）"))
                .andExpect(jsonPath("$.programme.plannedTrainees").value(40))
                .andExpect(jsonPath("$.programme.duration").value("2个月"))
                .andExpect(jsonPath("$.programme.implementingUnit.name").value("市师资培训中心"))
                .andExpect(jsonPath("$.programme.planTask").value(40))
                .andExpect(jsonPath("$.programme.year").value(2018));
        mvc.perform(get(PROGRAMMES + "/" + idOf(7)).with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$.programme.duration").value("5-7天"))
                .andExpect(jsonPath("$.programme.mode").value("LECTURES_ON_SITE"))
                .andExpect(jsonPath("$.programme.implementingUnit.name").value("市教委教研室"));
    }

    @Test
    void filtersByRegionModeAndUnitWithTheirOwnTotals() throws Exception {
        mvc.perform(get(PROGRAMMES).param("year", "2018").param("region", "guizhou").with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$.items[*].number").value(contains(5, 6, 11)))
                .andExpect(jsonPath("$.totals.commissionFunding").value(57))
                .andExpect(jsonPath("$.totals.partnerFunding").value(126));
        mvc.perform(get(PROGRAMMES).param("year", "2018").param("mode", "lectures_on_site")
                .with(httpBasic("viewer", "demo"))).andExpect(jsonPath("$.items[*].number").value(contains(7, 8, 9, 10)));
        mvc.perform(get(PROGRAMMES).param("year", "2018").param("unit", "lixin").with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$.items[*].number").value(contains(10)));
        mvc.perform(get(PROGRAMMES).param("mode", "BY_POST").with(httpBasic("viewer", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("未知的培训方式“BY_POST”。"));
    }

    @Test
    void theCoordinatingOfficeChangesFundingExactlyAndTheChangeIsRecorded() throws Exception {
        mvc.perform(put(PROGRAMMES + "/" + idOf(4) + "/funding").with(httpBasic("renshi", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(revision("134.45", "0", 44, 0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.programme.commissionFunding").value(134.45))
                .andExpect(jsonPath("$.programme.plannedTrainees").value(44))
                .andExpect(jsonPath("$.changes[*].field").value(org.hamcrest.Matchers.hasItems("commissionFunding",
                        "plannedTrainees")));
        mvc.perform(get(PROGRAMMES).param("year", "2018").with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$.totals.commissionFunding").value(435.45))
                .andExpect(jsonPath("$.totals.plannedTrainees").value(399));
    }

    @Test
    void nobodyElseChangesFunding() throws Exception {
        for (var user : new String[] { "zhijiao", "shipei", "viewer", "jijiao" }) {
            mvc.perform(put(PROGRAMMES + "/" + idOf(1) + "/funding").with(httpBasic(user, "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content(revision("100", "0", 40, 0)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aStaleVersionIsToldAndOverwritesNothing() throws Exception {
        var id = idOf(2);
        mvc.perform(put(PROGRAMMES + "/" + id + "/funding").with(httpBasic("renshi", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(revision("40", "0", 15, 0))).andExpect(status().isOk());

        mvc.perform(put(PROGRAMMES + "/" + id + "/funding").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(revision("50", "0", 15, 0)))
                .andExpect(status().isConflict());
        mvc.perform(get(PROGRAMMES + "/" + id).with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$.programme.commissionFunding").value(40));
    }

    @Test
    void impreciseOrNegativeMoneyIsRefusedWithAMessage() throws Exception {
        mvc.perform(put(PROGRAMMES + "/" + idOf(3) + "/funding").with(httpBasic("renshi", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(revision("72.001", "0", 30, 0)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("资金以万元计，最多保留两位小数。"));
        mvc.perform(put(PROGRAMMES + "/" + idOf(3) + "/funding").with(httpBasic("renshi", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(revision("-1", "0", 30, 0)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("资金不能为负数。"));
        mvc.perform(get(PROGRAMMES + "/not-an-id").with(httpBasic("viewer", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatingOfficeBudgetsTheUnitSpendsAndGoingOverNeedsAReason() throws Exception {
        var budget = PROGRAMMES + "/" + idOf(1) + "/budget";
        mvc.perform(post(budget + "/lines").with(httpBasic("shipei", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\": \"师资费\", \"planned\": 40}")).andExpect(status().isForbidden());
        var planned = mvc.perform(post(budget + "/lines").with(httpBasic("renshi", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"category\": \"师资费\", \"planned\": 40}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String line = JsonPath.read(planned, "$.lines[0].id");

        mvc.perform(post(budget + "/spending").with(httpBasic("renshi", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(spending(line, "10", null))).andExpect(status().isForbidden());
        mvc.perform(post(budget + "/spending").with(httpBasic("shipei", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(spending(line, "35.5", null))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.spent").value(35.5));
        mvc.perform(post(budget + "/spending").with(httpBasic("shipei", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(spending(line, "5", null))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("“师资费”预算 40 万元，此笔支出后将达 40.5 万元，超出预算，请填写原因。"));
        mvc.perform(post(budget + "/spending").with(httpBasic("shipei", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(spending(line, "5", "增加专题讲座"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.spent").value(40.5))
                .andExpect(jsonPath("$.spending[?(@.amount == 5)].overBudgetReason").value(contains("增加专题讲座")))
                .andExpect(jsonPath("$.spending[?(@.amount == 35.5)].overBudgetReason")
                        .value(contains(org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$.lines[0].overspent").value(true));
        mvc.perform(get(PROGRAMMES).param("year", "2018").with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$.totals.budgeted").value(40)).andExpect(jsonPath("$.totals.spent").value(40.5));
        mvc.perform(get(PROGRAMMES + "/" + idOf(1)).with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$.changes[*].field").value(org.hamcrest.Matchers.hasItems("budgetLine", "spending")));
    }

    static String spending(String line, String amount, String reason) {
        return """
                {"line": "%s", "spentOn": "2018-09-20", "amount": %s, "description": "授课费", "overBudgetReason": %s}
                """.formatted(line, amount, reason == null ? "null" : "\"" + reason + "\"");
    }
}
