package org.appeals.resident.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.resident.testing.TestImages;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

    @Test
    void readsTheOrientationFromTheExifSegment() {
        assertThat(ExifOrientation.orientation(TestImages.jpegWithExifGps(8, 8, 6))).isEqualTo(6);
        assertThat(ExifOrientation.orientation(TestImages.jpegWithExifGps(8, 8, 3))).isEqualTo(3);
    }

    @Test
    void takesAJpegWithoutExifAsStored() {
        assertThat(ExifOrientation.orientation(TestImages.jpeg(8, 8))).isEqualTo(1);
        assertThat(ExifOrientation.orientation(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F})).isEqualTo(1);
    }
}
