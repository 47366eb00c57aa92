package org.appeals.resident.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Real image files for tests: a JPEG as a phone writes it (JFIF, then an Exif APP1 segment with the orientation and
 * a GPS position), a PNG with a text chunk, and the like.
 */
public final class TestImages {

    /** The position written into the JPEG's GPS tags: 48°42'N 44°30'E (Volgograd). */
    public static final int LATITUDE_DEGREES = 48;

    private TestImages() {
    }

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(70, 120, 180));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.YELLOW);
        graphics.fillRect(0, 0, width / 2, height / 3);
        graphics.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height), "jpg");
    }

    /** A JPEG with an Exif APP1 segment right after its JFIF header: orientation and a GPS position. */
    public static byte[] jpegWithExifGps(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        int afterApp0 = 2 + 2 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
        byte[] app1 = exifSegment(orientation);
        ByteBuffer joined = ByteBuffer.allocate(plain.length + app1.length);
        joined.put(plain, 0, afterApp0).put(app1).put(plain, afterApp0, plain.length - afterApp0);
        return joined.array();
    }

    /** Whether {@code content} holds {@code part} anywhere. */
    public static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether the JPEG has an APP1 (Exif/XMP) segment before its image data. */
    public static boolean hasApp1(byte[] jpeg) {
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            int marker = jpeg[position + 1] & 0xFF;
            if (marker == 0xDA) {
                return false;
            }
            if (marker == 0xE1) {
                return true;
            }
            position += 2 + (((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF));
        }
        return false;
    }

    private static byte[] exifSegment(int orientation) {
        // TIFF, big-endian: header (8), IFD0 at 8 with 2 entries (2 + 24 + 4 = 30) -> GPS IFD at 38 with 4 entries
        // (2 + 48 + 4 = 54) -> rationals at 92 (latitude) and 116 (longitude)
        ByteBuffer tiff = ByteBuffer.allocate(140);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, orientation << 16);
        entry(tiff, 0x8825, 4, 1, 38);
        tiff.putInt(0);
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2, 'N' << 24);
        entry(tiff, 0x0002, 5, 3, 92);
        entry(tiff, 0x0003, 2, 2, 'E' << 24);
        entry(tiff, 0x0004, 5, 3, 116);
        tiff.putInt(0);
        rational(tiff, LATITUDE_DEGREES, 42, 0);
        rational(tiff, 44, 30, 0);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        return ByteBuffer.allocate(4 + exif.length).put((byte) 0xFF).put((byte) 0xE1)
                .putShort((short) (2 + exif.length)).put(exif).array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void rational(ByteBuffer tiff, int degrees, int minutes, int seconds) {
        tiff.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt(seconds).putInt(1);
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, format, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
