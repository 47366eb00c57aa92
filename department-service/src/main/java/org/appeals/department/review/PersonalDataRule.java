package org.appeals.department.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Other people's phones, e-mails and names must not reach the resident; the flag never repeats them. */
final class PersonalDataRule implements AnswerRule {

    private final CheckRules.PersonalData rules;
    private final Phrases phones;
    private final Phrases emails;
    private final Phrases names;
    private final List<String> notNames;

    PersonalDataRule(CheckRules.PersonalData rules) {
        this.rules = rules;
        this.phones = new Phrases(rules.phones(), Phrases.IGNORE_CASE);
        this.emails = new Phrases(rules.emails(), Phrases.IGNORE_CASE);
        // Names are told apart by their capitals, so case matters here.
        this.names = new Phrases(rules.names(), Phrases.KEEP_CASE);
        this.notNames = rules.notNames();
    }

    @Override
    public List<AnswerFlag> check(AnswerText text, CheckContext context) {
        KnownContacts known = new KnownContacts(context, notNames);
        List<AnswerFlag> flags = new ArrayList<>();
        flagIfAny(text, phones, known::isOwnPhone, rules.phoneMessage(), flags);
        flagIfAny(text, emails, known::isOwnEmail, rules.emailMessage(), flags);
        flagIfAny(text, names, known::isOwnName, rules.nameMessage(), flags);
        return flags;
    }

    private static void flagIfAny(AnswerText text, Phrases patterns, Predicate<String> exempt, String message,
                                  List<AnswerFlag> flags) {
        List<Span> matches = Spans.outermost(patterns.all(text.normalized()));
        boolean found = matches.stream().map(Span::core).anyMatch(exempt.negate());
        if (found) {
            flags.add(new AnswerFlag(FlagCode.THIRD_PARTY_PERSONAL_DATA, message, null));
        }
    }
}
