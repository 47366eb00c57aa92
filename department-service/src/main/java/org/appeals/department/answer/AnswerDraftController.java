package org.appeals.department.answer;

import java.util.List;
import org.appeals.department.appeal.Review;
import org.appeals.department.review.ReviewPolicy;
import org.appeals.department.web.AppealIds;
import org.appeals.department.web.DepartmentAccess;
import org.appeals.support.web.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The automatic check of a draft final answer, before it is sent: the same flags the answer would be held with, and
 * whether it would go to the centre's review. Nothing is stored and nothing moves; the text alone is checked.
 */
@RestController
class AnswerDraftController {

    private final ReviewPolicy policy;
    private final AnswerTexts texts;

    AnswerDraftController(ReviewPolicy policy, AnswerTexts texts) {
        this.policy = policy;
        this.texts = texts;
    }

    @PostMapping("/api/v1/departments/{departmentId}/appeals/{appealId}/answers/check")
    DraftChecked check(Caller caller, @PathVariable String departmentId, @PathVariable String appealId,
                       @RequestBody AnswerDraft body) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        AppealIds.parse(appealId);
        String text = texts.require(body.text(), "text");
        return new DraftChecked(policy.flags(text), policy.reviewFor(departmentId, text) != null);
    }

    /** The draft's text. */
    record AnswerDraft(String text) {
    }

    /** The flags and whether the answer would wait for the operators' review. */
    record DraftChecked(List<Review.Flag> flags, boolean wouldBeReviewed) {
    }
}
