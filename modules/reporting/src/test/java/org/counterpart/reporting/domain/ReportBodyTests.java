package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.counterpart.reporting.ReportRejected;
import org.junit.jupiter.api.Test;

/** A report's body keeps the markup a report needs and loses everything that could run or restyle the page. */
class ReportBodyTests {

    @Test
    void scriptsGoWithTheirContent() {
        var body = ReportBody.of("<p>三季度</p><script>alert('x')</script><p>完成</p>");
        assertThat(body.html()).doesNotContain("script").doesNotContain("alert").contains("<p>三季度</p>", "<p>完成</p>");
    }

    @Test
    void eventHandlersStylesAndClassesGo() {
        var body = ReportBody.of("<p class=\"MsoNormal\" style=\"color:red\" onclick=\"steal()\">正文</p>"
                + "<img src=\"x\" onerror=\"alert(1)\"><b onmouseover=\"x()\">重点</b>");
        assertThat(body.html()).doesNotContain("onerror", "onclick", "onmouseover", "style", "class", "<img", "alert")
                .contains("<p>正文</p>", "<b>重点</b>");
    }

    @Test
    void javascriptAndDataLinksLoseTheirTargetAndKeptLinksAreNofollow() {
        var body = ReportBody.of("<a href=\"javascript:alert(1)\">点此</a> <a href=\"JaVaScRiPt:x\">再点</a> "
                + "<a href=\"data:text/html,<script>x</script>\">数据</a> "
                + "<a href=\"https://www.shmec.gov.cn/\" target=\"_blank\">市教委</a>");
        assertThat(body.html()).doesNotContainIgnoringCase("javascript").doesNotContain("data:", "target")
                .contains("点此", "再点")
                .containsPattern("<a href=\"https://www.shmec.gov.cn/\" rel=\"[a-z ]+\">市教委</a>")
                .containsPattern("rel=\"[^\"]*nofollow[^\"]*\"").containsPattern("rel=\"[^\"]*noopener[^\"]*\"")
                .containsPattern("rel=\"[^\"]*noreferrer[^\"]*\"");
    }

    @Test
    void framesFormsStylesAndObjectsGo() {
        var body = ReportBody.of("<iframe src=\"https://evil.example\"></iframe><style>p{display:none}</style>"
                + "<form action=\"/x\"><input name=\"a\"></form><object data=\"x.swf\"></object><svg onload=\"x()\"></svg>"
                + "<p>留下</p>");
        assertThat(body.html()).isEqualTo("<p>留下</p>");
    }

    @Test
    void theMarkupOfAReportStays() {
        var html = "<h3>主要进展</h3><p><strong>加粗</strong><b>粗</b><em>斜</em><i>体</i><u>下划线</u><br /></p>"
                + "<ul><li>一</li></ul><ol><li>二</li></ol><blockquote>引用</blockquote>"
                + "<table><thead><tr><th>项目</th></tr></thead><tbody><tr><td colspan=\"2\">数据</td></tr></tbody></table>";
        assertThat(ReportBody.of(html).html()).isEqualTo(html);
    }

    @Test
    void cleaningTwiceChangesNothingAndTheTextIsWhatIsRead() {
        var once = ReportBody.of("<p onclick=\"x\">第一段&nbsp;<b>重点</b></p><script>x</script>");
        assertThat(ReportBody.of(once.html())).isEqualTo(once);
        assertThat(once.text()).isEqualTo("第一段 重点");
        assertThat(ReportBody.of("<p>&nbsp;</p><script>x</script>").isBlank()).isTrue();
        assertThat(ReportBody.of(null).isBlank()).isTrue();
    }

    @Test
    void aBodyTooLongIsRefused() {
        assertThatThrownBy(() -> ReportBody.of("<p>" + "字".repeat(ReportBody.MAX_LENGTH + 1) + "</p>"))
                .isInstanceOfSatisfying(ReportRejected.class,
                        r -> assertThat(r.messageKey()).isEqualTo("reporting.report.body-too-long"));
    }
}
