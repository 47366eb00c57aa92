package org.appeals.telegram.inbound;

import org.appeals.telegram.bot.BotApiException;
import org.appeals.telegram.bot.TelegramBot;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /files/{fileId}}: a resident's photo, the link an appeal's attachment carries. Telegram's own download
 * link holds the bot's token and is valid for at least an hour only (https://core.telegram.org/bots/api#getfile), so
 * the appeal links here and each view asks getFile afresh. A file_id is long and unguessable.
 */
@RestController
class FileController {

    private final TelegramBot bot;

    FileController(TelegramBot bot) {
        this.bot = bot;
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String fileId) {
        if (!fileId.matches("[A-Za-z0-9_-]{1,200}")) {
            return ResponseEntity.notFound().build();
        }
        try {
            return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(bot.downloadFile(fileId));
        } catch (BotApiException e) {
            return ResponseEntity.status(e.transientFailure() ? 503 : 404).build();
        }
    }
}
