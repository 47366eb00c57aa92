package org.appeals.resident.photo;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Takes a JPEG or PNG only if it is one: the first bytes must say so and ImageIO must decode the whole picture. The
 * picture is then written anew from its pixels alone, so nothing of the original file goes on: no EXIF (the place
 * a phone records), no comments, no trailing data a polyglot file could hide. The size is checked before anything is
 * read and the pixel count before decoding, so neither a big file nor a small one that unpacks to gigabytes gets in.
 */
public final class PhotoCheck {

    private static final float JPEG_QUALITY = 0.9f;

    private final long maxBytes;
    private final long maxPixels;

    public PhotoCheck(long maxBytes, long maxPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    /** {@code size} is the upload's size as received, checked before its content is read. */
    public void checkSize(String fileName, long size) {
        if (size > maxBytes) {
            throw new RefusedPhoto("Файл «" + fileName + "» слишком большой (" + Megabytes.of(size) + "): можно не больше "
                    + Megabytes.of(maxBytes) + ". Уменьшите фотографию или выберите другую.");
        }
    }

    public CheckedPhoto check(String fileName, byte[] content) {
        checkSize(fileName, content.length);
        ImageFormat format = ImageFormat.of(content).orElseThrow(() -> notAPhoto(fileName));
        BufferedImage image = decode(fileName, format, content);
        return new CheckedPhoto(fileName, format, encode(image, format));
    }

    private BufferedImage decode(String fileName, ImageFormat format, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName(format.imageIoName()).next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
                    throw new RefusedPhoto("Фотография «" + fileName + "» слишком велика по размеру в пикселях: "
                            + "уменьшите её.");
                }
                BufferedImage image = reader.read(0);
                return ExifOrientation.upright(image, content, format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RefusedPhoto refused) {
                throw refused;
            }
            throw notAPhoto(fileName);
        }
    }

    private static byte[] encode(BufferedImage image, ImageFormat format) {
        BufferedImage pixels = format == ImageFormat.JPEG ? opaque(image) : image;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.imageIoName());
        ImageWriter writer = writers.next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // no metadata passed: the writer writes only what the pixels need
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("re-encoding a decoded picture failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** JPEG has no alpha: drawn on white, as a browser would show it. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR
                || image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        graphics.dispose();
        return rgb;
    }

    private static RefusedPhoto notAPhoto(String fileName) {
        return new RefusedPhoto("Файл «" + fileName + "» не является фотографией в формате JPEG или PNG: "
                + "выберите снимок JPEG или PNG.");
    }
}
