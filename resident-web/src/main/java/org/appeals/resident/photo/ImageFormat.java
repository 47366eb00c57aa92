package org.appeals.resident.photo;

import java.util.Arrays;
import java.util.Optional;

/** The two formats the form takes, told by their first bytes (never by the file's name or the browser's word). */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final String imageIoName;
    private final byte[] magic;

    ImageFormat(String contentType, String imageIoName, byte[] magic) {
        this.contentType = contentType;
        this.imageIoName = imageIoName;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    String imageIoName() {
        return imageIoName;
    }

    static Optional<ImageFormat> of(byte[] content) {
        return Arrays.stream(values())
                .filter(format -> content.length >= format.magic.length
                        && Arrays.equals(content, 0, format.magic.length, format.magic, 0, format.magic.length))
                .findFirst();
    }
}
