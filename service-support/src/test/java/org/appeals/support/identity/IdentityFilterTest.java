package org.appeals.support.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.support.testing.TestIdentity;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class IdentityFilterTest {

    private final IdentityFilter filter = new IdentityFilter(new IdentityVerifier(TestIdentity.SECRET));

    @Test
    void refusesTheOldIdentityHeadersWithoutASignedIdentity() throws Exception {
        MockHttpServletRequest request = request("/api/v1/appeals/x");
        request.addHeader("X-Appeals-Client", "forger");
        request.addHeader("X-Appeals-Role", "ADMIN");

        MockHttpServletResponse response = run(request);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesAnIdentitySignedWithAnotherSecret() throws Exception {
        MockHttpServletRequest request = request("/api/v1/triage");
        request.addHeader(ForwardedIdentity.HEADER, TestIdentity.sign("another-secret-0123456789abcdef0123",
                "forger", "ADMIN", null, List.of(), List.of(), true));

        assertThat(run(request).getStatus()).isEqualTo(401);
    }

    @Test
    void refusesATamperedToken() throws Exception {
        String token = TestIdentity.operator("ops");
        MockHttpServletRequest request = request("/api/v1/triage");
        request.addHeader(ForwardedIdentity.HEADER, token.substring(0, token.length() - 2) + "xx");

        assertThat(run(request).getStatus()).isEqualTo(401);
    }

    @Test
    void passesTheCallerTheGatewaySigned() throws Exception {
        MockHttpServletRequest request = request("/api/v1/departments/a/appeals");
        request.addHeader(ForwardedIdentity.HEADER, TestIdentity.department("clerk", "a", "b"));
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        Caller caller = (Caller) chain.getRequest().getAttribute(IdentityFilter.CALLER_ATTRIBUTE);
        assertThat(caller.role()).isEqualTo(Role.DEPARTMENT);
        assertThat(caller.memberOf("b")).isTrue();
        assertThat(caller.memberOf("c")).isFalse();
        assertThat(caller.seesMunicipality("MIKHAILOVKA")).isFalse();
    }

    @Test
    void aMunicipalOperatorSeesOnlyItsMunicipalities() throws Exception {
        MockHttpServletRequest request = request("/api/v1/reviews");
        request.addHeader(ForwardedIdentity.HEADER, TestIdentity.municipalOperator("mcu", "MIKHAILOVKA"));
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        Caller caller = (Caller) chain.getRequest().getAttribute(IdentityFilter.CALLER_ATTRIBUTE);
        assertThat(caller.seesMunicipality("MIKHAILOVKA")).isTrue();
        assertThat(caller.seesMunicipality("KAMYSHIN")).isFalse();
        assertThat(caller.seesMunicipality(null)).isFalse();
        assertThat(caller.seesWholeRegion()).isFalse();
    }

    @Test
    void aPublicRouteIdentityNamesNobody() throws Exception {
        MockHttpServletRequest request = request("/open311/v2/services.json");
        request.addHeader(ForwardedIdentity.HEADER, TestIdentity.sign(TestIdentity.SECRET, "public", null, null,
                List.of(), List.of(), false));
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(chain.getRequest().getAttribute(IdentityFilter.CALLER_ATTRIBUTE)).isNull();
    }

    @Test
    void healthAndPrometheusStayOpen() throws Exception {
        assertThat(run(request("/actuator/health")).getStatus()).isEqualTo(200);
        assertThat(run(request("/actuator/prometheus")).getStatus()).isEqualTo(200);
        assertThat(run(request("/actuator/env")).getStatus()).isEqualTo(401);
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }
}
