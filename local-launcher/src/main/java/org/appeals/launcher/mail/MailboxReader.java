package org.appeals.launcher.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Prints every mail in a mailbox of the local mail server, oldest first, with the headers that show the thread. The
 * server creates a resident's mailbox on first delivery with the address as login and password.
 */
final class MailboxReader {

    private MailboxReader() {
    }

    static void print(String address, int imapPort, PrintStream out) {
        Properties imap = new Properties();
        imap.put("mail.imap.connectiontimeout", "5000");
        imap.put("mail.imap.timeout", "5000");
        String password = address.equalsIgnoreCase(CentreMailbox.ADDRESS) ? CentreMailbox.PASSWORD : address;
        try (Store store = Session.getInstance(imap).getStore("imap")) {
            store.connect("127.0.0.1", imapPort, address, password);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            out.println(messages.length + " mail(s) to " + address);
            for (Message message : messages) {
                printOne(message, out);
            }
            inbox.close(false);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read " + address + " over IMAP 127.0.0.1:" + imapPort
                    + " (no mail to it yet, or ./run-local.sh is not running): " + e.getMessage(), e);
        }
    }

    private static void printOne(Message message, PrintStream out) throws MessagingException, IOException {
        out.println();
        out.println("From:        " + Arrays.stream(message.getFrom())
                .map(address -> address instanceof InternetAddress internet ? internet.toUnicodeString()
                        : address.toString())
                .collect(Collectors.joining(", ")));
        out.println("Date:        " + message.getSentDate());
        out.println("Subject:     " + message.getSubject());
        String[] inReplyTo = message.getHeader("In-Reply-To");
        if (inReplyTo != null) {
            out.println("In-Reply-To: " + inReplyTo[0]);
        }
        out.println();
        out.println(text(message.getContent()).replace("\r\n", "\n").strip());
    }

    /** The plain text of a mail: the body itself, or the first text part of a multipart one. */
    static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    return text(part.getContent());
                }
            }
            return "(no plain-text part)";
        }
        return String.valueOf(content);
    }
}
