package org.appeals.notification.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Per-channel message limits and the residents' links, {@code appeals.notification.limits.<CHANNEL>.*},
 * {@code appeals.notification.public-url} and {@code appeals.notification.feedback-url-template}.
 * <p>
 * The links of an appeal with a registration number and an access code are the public pages under
 * {@code public-url}: its status page {@code {public-url}/appeal/{number}?code={code}} and its feedback page
 * {@code {public-url}/feedback/{number}?code={code}}. The older {@code feedback-url-template} still gives the
 * feedback link where those cannot: without a public URL, or for an appeal registered before numbers and codes.
 *
 * @param feedbackUrlTemplate where a resident rates the answer or reads it in full; {@code {appealId}} is filled in;
 *                            empty: none
 * @param limits per channel; a channel left out has no limit
 * @param smsLimits a reply that goes out as SMS: a web-form appeal that left a phone and no e-mail
 * @param publicUrl where residents reach the public pages (through the gateway), e.g. {@code https://cur34.ru};
 *                  empty: no status link, and feedback links only from {@code feedbackUrlTemplate}
 */
@ConfigurationProperties("appeals.notification")
public record RenderProperties(String feedbackUrlTemplate, Map<Channel, ChannelLimits> limits,
                               ChannelLimits smsLimits, String publicUrl) {

    /** Cyrillic SMS are UCS-2: 70 characters in a single message. */
    private static final ChannelLimits SMS = new ChannelLimits(70, 6);

    @ConstructorBinding
    public RenderProperties {
        feedbackUrlTemplate = feedbackUrlTemplate == null ? "" : feedbackUrlTemplate;
        limits = limits == null ? Map.of() : Map.copyOf(limits);
        smsLimits = smsLimits == null ? SMS : smsLimits;
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    /** Without public pages. */
    public RenderProperties(String feedbackUrlTemplate, Map<Channel, ChannelLimits> limits, ChannelLimits smsLimits) {
        this(feedbackUrlTemplate, limits, smsLimits, null);
    }

    public ChannelLimits limitsOf(Channel channel) {
        return limits.getOrDefault(channel, ChannelLimits.NONE);
    }

    /** The limits of the medium the reply goes by: SMS for a web-form appeal with only a phone to answer to. */
    public ChannelLimits limitsOf(Channel channel, Map<String, String> replyTo) {
        boolean bySms = channel == Channel.WEB && replyTo != null && notBlank(replyTo.get("phone"))
                && !notBlank(replyTo.get("email"));
        return bySms ? smsLimits : limitsOf(channel);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /** The appeal's feedback link from the template, or empty when none is configured. */
    public String feedbackUrl(UUID appealId) {
        return Placeholders.fill(feedbackUrlTemplate, Map.of("appealId", appealId.toString()));
    }

    /** The appeal's feedback link: its public feedback page where there is one, else from the template; or empty. */
    public String feedbackUrl(UUID appealId, String registrationNumber, String accessCode) {
        String page = publicPage("feedback", registrationNumber, accessCode);
        return page.isEmpty() ? feedbackUrl(appealId) : page;
    }

    /** The appeal's public status page, or empty without a public URL, a number or a code. */
    public String statusUrl(String registrationNumber, String accessCode) {
        return publicPage("appeal", registrationNumber, accessCode);
    }

    private String publicPage(String page, String registrationNumber, String accessCode) {
        if (publicUrl.isEmpty() || !notBlank(registrationNumber) || !notBlank(accessCode)) {
            return "";
        }
        return publicUrl + "/" + page + "/" + encoded(registrationNumber) + "?code=" + encoded(accessCode);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
    }
}
