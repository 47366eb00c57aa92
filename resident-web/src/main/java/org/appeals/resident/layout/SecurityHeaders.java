package org.appeals.resident.layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every page gets. The status and feedback pages carry the access code in their address, so a Referer
 * names the site only, never a page's address (tile servers want to know the site, they get no more), and those
 * pages are not indexed. Pages are not cached (the form's submission token must be fresh for each resident); photos
 * and assets are. No page may be framed by another site (a framed form could be made to post what the resident did
 * not mean).
 */
@Component
class SecurityHeaders extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "strict-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getRequestURI();
        if (!path.startsWith("/photos/") && !path.startsWith("/public-assets/")) {
            // the form holds a fresh submission token: a cached copy would give two residents the same one
            response.setHeader("Cache-Control", "no-store");
        }
        if (path.startsWith("/appeal/") || path.startsWith("/feedback/")) {
            response.setHeader("X-Robots-Tag", "noindex");
        }
        chain.doFilter(request, response);
    }
}
