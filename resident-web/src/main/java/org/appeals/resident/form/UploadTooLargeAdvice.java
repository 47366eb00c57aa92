package org.appeals.resident.form;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.appeals.resident.photo.Megabytes;
import org.appeals.resident.photo.PhotoProperties;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A post larger than the multipart limits (25 MB a file, 30 MB in all) cannot be read at all, so nothing of it can be
 * shown again: the form comes back empty with a message that says what to do, not an error page.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    private final FormProperties settings;
    private final PhotoProperties photos;

    UploadTooLargeAdvice(FormProperties settings, PhotoProperties photos) {
        this.settings = settings;
        this.photos = photos;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        String message = "Файлы слишком большие, и обращение не удалось прочитать. Каждая фотография — не больше "
                + Megabytes.of(photos.maxBytes().toBytes()) + ", не больше " + photos.maxCount()
                + " фотографий. Заполните форму ещё раз и приложите фотографии поменьше.";
        return FormPage.show(model, AppealForm.blank(), Map.of("form", message), settings, photos);
    }

    /** A multipart body that broke off or is malformed. */
    @ExceptionHandler(MultipartException.class)
    String unreadable(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return FormPage.show(model, AppealForm.blank(), Map.of("form", "Форму не удалось прочитать: заполните её "
                + "ещё раз и отправьте снова."), settings, photos);
    }
}
