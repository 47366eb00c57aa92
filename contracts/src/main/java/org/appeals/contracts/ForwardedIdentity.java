package org.appeals.contracts;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the gateway tells a service who is calling: a short-lived JWT (HS256 under {@code APPEALS_IDENTITY_SECRET})
 * in the {@value #HEADER} header, minted by the gateway for every request it forwards. Services accept no other
 * word on identity; the claims below are the whole contract.
 */
public final class ForwardedIdentity {

    /** The request header that carries the signed identity. */
    public static final String HEADER = "X-Appeals-Identity";
    /** {@code iss}: only the gateway mints identities. */
    public static final String ISSUER = "appeals-gateway";
    /** {@code aud}: the platform's services. */
    public static final String AUDIENCE = "appeals-services";
    /** {@code sub} is the person's or machine's id; this claim is the name to show beside it (never a secret). */
    public static final String NAME = "name";
    /** PERSON (logged in at the identity provider) or MACHINE (an API key). */
    public static final String KIND = "kind";
    /** CHANNEL, DEPARTMENT, OPERATOR or ADMIN; absent on a public route, where nobody is identified. */
    public static final String ROLE = "role";
    /** The channel code a channel adapter posts for. */
    public static final String CHANNEL = "channel";
    /** The department ids department staff work for (one or more). */
    public static final String DEPARTMENTS = "departments";
    /** The municipality codes a municipal centre's (МЦУ) operator sees; ignored when {@link #REGION} is true. */
    public static final String MUNICIPALITIES = "municipalities";
    /** True for the regional centre (ЦУР) and admins: every municipality. */
    public static final String REGION = "region";

    private ForwardedIdentity() {
    }

    /** The HS256 key both ends use: the UTF-8 bytes of {@code APPEALS_IDENTITY_SECRET}. */
    public static SecretKey signingKey(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
