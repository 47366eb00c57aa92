package org.appeals.launcher.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code mail} command line: {@code send --from <address> [--name <name>] [--subject <subject>] --text <text>} or
 * {@code read <address>}; {@code --smtp-port} and {@code --imap-port} (or {@code MAIL_SMTP_PORT},
 * {@code MAIL_IMAP_PORT}) when the mail server is not on 3025 and 3143.
 */
record MailOptions(String action, String address, String name, String subject, String text, int smtpPort,
                   int imapPort) {

    static final String USAGE = """
            Usage: mail send --from <address> [--name <name>] [--subject <subject>] --text <text>
                   mail read <address>
              send: a resident's mail to the centre's mailbox (%s), which the e-mail channel turns into an appeal
              read: every mail in the resident's mailbox, e.g. the registration notice and the answer
              --smtp-port <port> (3025), --imap-port <port> (3143): where the local mail server listens"""
            .formatted(CentreMailbox.ADDRESS);
    static final String DEFAULT_SUBJECT = "Обращение";

    static MailOptions parse(List<String> args, Map<String, String> env) {
        if (args.isEmpty() || !List.of("send", "read").contains(args.get(0))) {
            throw new IllegalArgumentException(USAGE);
        }
        Map<String, String> options = new LinkedHashMap<>();
        String positional = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
                }
                options.put(arg.substring(2), args.get(++i));
            } else {
                positional = arg;
            }
        }
        String action = args.get(0);
        String address = action.equals("send") ? options.get("from") : positional;
        if (address == null || address.isBlank()
                || action.equals("send") && (options.get("text") == null || options.get("text").isBlank())) {
            throw new IllegalArgumentException(USAGE);
        }
        return new MailOptions(action, address, options.get("name"), options.getOrDefault("subject", DEFAULT_SUBJECT),
                options.get("text"), port(options, env, "smtp", "3025"), port(options, env, "imap", "3143"));
    }

    private static int port(Map<String, String> options, Map<String, String> env, String protocol, String fallback) {
        String value = options.getOrDefault(protocol + "-port",
                env.getOrDefault("MAIL_" + protocol.toUpperCase(java.util.Locale.ROOT) + "_PORT", fallback));
        return Integer.parseInt(value);
    }
}
