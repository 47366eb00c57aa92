package org.appeals.resident.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.appeals.resident.photo.CheckedPhoto;
import org.appeals.resident.photo.PhotoCheck;
import org.appeals.resident.photo.RefusedPhoto;
import org.springframework.web.multipart.MultipartFile;

/** The photos of one submission: each checked, all refusals collected so the resident learns them at once. */
record Uploads(List<CheckedPhoto> photos, List<String> refusals) {

    static Uploads check(List<MultipartFile> files, int alreadyKept, int maxCount, PhotoCheck check) {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(file -> file != null && !file.isEmpty()).toList();
        List<CheckedPhoto> photos = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        if (alreadyKept + chosen.size() > maxCount) {
            refusals.add("Можно приложить не больше " + maxCount + " фотографий (выбрано "
                    + (alreadyKept + chosen.size()) + ").");
            return new Uploads(photos, refusals);
        }
        for (MultipartFile file : chosen) {
            String name = nameOf(file);
            try {
                check.checkSize(name, file.getSize());
                photos.add(check.check(name, file.getBytes()));
            } catch (RefusedPhoto refused) {
                refusals.add(refused.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Uploads(photos, refusals);
    }

    /** The name as the resident's device gave it, without any folder, shortened for a message. */
    private static String nameOf(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "без имени" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return "без имени";
        }
        return name.length() > 80 ? name.substring(0, 77) + "…" : name;
    }

    String message() {
        return String.join(" ", refusals);
    }
}
