package org.counterpart.shell.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.counterpart.accounts.Accounts;
import org.counterpart.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The language switch links to the same page with the same filters, only the language changed. */
class LanguageLinksTests {

    final LayoutModel layout = new LayoutModel(mock(Accounts.class), mock(Directory.class));

    static MockHttpServletRequest request(String uri, String query) {
        var request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        return request;
    }

    @Test
    void keepsThePageAndItsFiltersAndReplacesTheLanguage() {
        var links = layout.languageLinks(request("/reporting/dashboard", "year=2018&region=guizhou&lang=en"));

        assertThat(links.zh()).isEqualTo("/reporting/dashboard?year=2018&region=guizhou&lang=zh");
        assertThat(links.en()).isEqualTo("/reporting/dashboard?year=2018&region=guizhou&lang=en");
    }

    @Test
    void neverLinksToAnotherSite() {
        assertThat(layout.languageLinks(request("//evil.example/x", null)).en()).isEqualTo("/evil.example/x?lang=en");
    }

    @Test
    void aBrokenEscapeInTheAddressStillGivesTheSwitchThePageWithoutItsFilters() {
        var links = layout.languageLinks(request("/planning/2018", "q=%zz"));

        assertThat(links.zh()).isEqualTo("/planning/2018?lang=zh");
        assertThat(links.en()).isEqualTo("/planning/2018?lang=en");
    }
}
