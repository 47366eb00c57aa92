package org.appeals.console.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;

/** The forms bind from what a browser posts: ticked boxes as a list, an unticked "active" box as nothing. */
class FormBindingTest {

    @Test
    void bindsTheDepartmentFormAsABrowserPostsIt() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/directory/departments/frolovo-roads");
        request.addParameter("name", "Дороги Фролово");
        request.addParameter("municipality", "FROLOVO");
        request.addParameter("categories", "ROADS", "LANDSCAPING");
        request.addParameter("_csrf", "token");

        DepartmentForm form = bind(request, DepartmentForm.class);

        assertThat(form.categories()).containsExactly("ROADS", "LANDSCAPING");
        assertThat(form.body()).containsEntry("active", false).containsEntry("municipality", "FROLOVO");
    }

    @Test
    void bindsOneTickedCategoryAndTheActiveBox() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/directory/departments/x");
        request.addParameter("name", "x");
        request.addParameter("municipality", "");
        request.addParameter("categories", "WASTE");
        request.addParameter("active", "true");

        DepartmentForm form = bind(request, DepartmentForm.class);

        assertThat(form.categories()).isEqualTo(List.of("WASTE"));
        assertThat(form.active()).isTrue();
        assertThat(form.body()).doesNotContainKey("municipality");
    }

    private static <T> T bind(MockHttpServletRequest request, Class<T> type) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(type));
        binder.construct(request);
        return type.cast(binder.getTarget());
    }
}
