package org.appeals.resident.photo;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Phones store a photo as the sensor saw it and say in EXIF how to turn it. Re-encoding drops EXIF, so the turn is
 * applied to the pixels first, or the photo would arrive on its side. Only the turns (3, 6, 8) are applied; the
 * mirrored orientations, which cameras do not write, are left as they are.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    static BufferedImage upright(BufferedImage image, byte[] content, ImageFormat format) {
        if (format != ImageFormat.JPEG) {
            return image;
        }
        return switch (orientation(content)) {
            case 3 -> turned(image, 180);
            case 6 -> turned(image, 90);
            case 8 -> turned(image, 270);
            default -> image;
        };
    }

    /** The orientation tag of the first Exif APP1 segment; 1 (as stored) when there is none or it is unreadable. */
    static int orientation(byte[] jpeg) {
        try {
            int position = 2;
            while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
                int marker = jpeg[position + 1] & 0xFF;
                int length = u16(jpeg, position + 2, true);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1;
                }
                if (marker == 0xE1 && isExif(jpeg, position + 4)) {
                    return fromTiff(jpeg, position + 10);
                }
                position += 2 + length;
            }
        } catch (ArrayIndexOutOfBoundsException truncated) {
            // a broken segment says nothing about the orientation
        }
        return 1;
    }

    private static boolean isExif(byte[] jpeg, int at) {
        return at + 6 <= jpeg.length && jpeg[at] == 'E' && jpeg[at + 1] == 'x' && jpeg[at + 2] == 'i'
                && jpeg[at + 3] == 'f' && jpeg[at + 4] == 0 && jpeg[at + 5] == 0;
    }

    private static int fromTiff(byte[] jpeg, int tiff) {
        boolean bigEndian = jpeg[tiff] == 'M';
        int ifd = tiff + (int) u32(jpeg, tiff + 4, bigEndian);
        int entries = u16(jpeg, ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (u16(jpeg, entry, bigEndian) == ORIENTATION_TAG) {
                return u16(jpeg, entry + 8, bigEndian);
            }
        }
        return 1;
    }

    private static BufferedImage turned(BufferedImage image, int degrees) {
        boolean quarter = degrees != 180;
        int width = quarter ? image.getHeight() : image.getWidth();
        int height = quarter ? image.getWidth() : image.getHeight();
        int type = image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : image.getType();
        BufferedImage turned = new BufferedImage(width, height, type);
        AffineTransform turn = new AffineTransform();
        turn.translate(width / 2.0, height / 2.0);
        turn.rotate(Math.toRadians(degrees));
        turn.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
        Graphics2D graphics = turned.createGraphics();
        graphics.drawImage(image, turn, null);
        graphics.dispose();
        return turned;
    }

    private static int u16(byte[] bytes, int at, boolean bigEndian) {
        int first = bytes[at] & 0xFF;
        int second = bytes[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long u32(byte[] bytes, int at, boolean bigEndian) {
        long high = u16(bytes, bigEndian ? at : at + 2, bigEndian);
        long low = u16(bytes, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }
}
