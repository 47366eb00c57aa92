package org.appeals.resident.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.appeals.resident.testing.TestImages;
import org.junit.jupiter.api.Test;

class PhotoCheckTest {

    private static final long FIVE_MB = 5L * 1024 * 1024;
    private final PhotoCheck check = new PhotoCheck(FIVE_MB, 40_000_000);

    @Test
    void reEncodesAPhonesJpegWithoutItsExifAndGpsPosition() throws IOException {
        byte[] original = TestImages.jpegWithExifGps(64, 48, 1);
        assertThat(TestImages.hasApp1(original)).isTrue();
        assertThat(TestImages.contains(original, "Exif".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(original))).isNotNull();

        CheckedPhoto photo = check.check("IMG_0001.jpg", original);

        assertThat(photo.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(photo.fileName()).isEqualTo("IMG_0001.jpg");
        assertThat(TestImages.hasApp1(photo.content())).isFalse();
        assertThat(TestImages.contains(photo.content(), "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.content()));
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(48);
    }

    @Test
    void turnsAPhotoTheWayItsExifSaysBeforeDroppingTheExif() throws IOException {
        CheckedPhoto photo = check.check("portrait.jpg", TestImages.jpegWithExifGps(64, 48, 6));

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.content()));
        assertThat(decoded.getWidth()).isEqualTo(48);
        assertThat(decoded.getHeight()).isEqualTo(64);
    }

    @Test
    void takesAPngAndWritesItAgainAsPng() throws IOException {
        CheckedPhoto photo = check.check("схема.png", TestImages.png(30, 20));

        assertThat(photo.format()).isEqualTo(ImageFormat.PNG);
        assertThat(photo.format().contentType()).isEqualTo("image/png");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.content()));
        assertThat(decoded.getWidth()).isEqualTo(30);
    }

    @Test
    void refusesAnExecutableRenamedToJpgNamingTheFile() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        Arrays.fill(exe, 2, 64, (byte) 0x90);

        assertThatThrownBy(() -> check.check("photo.jpg", exe))
                .isInstanceOf(RefusedPhoto.class)
                .hasMessageContaining("«photo.jpg»")
                .hasMessageContaining("не является фотографией в формате JPEG или PNG");
    }

    @Test
    void refusesAFileThatStartsLikeAJpegButIsNoPicture() {
        byte[] fake = new byte[2048];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        Arrays.fill(fake, 3, fake.length, (byte) 0x41);

        assertThatThrownBy(() -> check.check("fake.jpg", fake)).isInstanceOf(RefusedPhoto.class)
                .hasMessageContaining("«fake.jpg»");
    }

    @Test
    void refusesAPhotoOverTheSizeLimitNamingTheFileAndTheLimit() {
        assertThatThrownBy(() -> check.checkSize("big.jpg", 20L * 1024 * 1024))
                .isInstanceOf(RefusedPhoto.class)
                .hasMessageContaining("«big.jpg»")
                .hasMessageContaining("20 МБ")
                .hasMessageContaining("не больше 5 МБ");
        assertThatThrownBy(() -> check.check("big.png", new byte[(int) FIVE_MB + 1]))
                .isInstanceOf(RefusedPhoto.class).hasMessageContaining("слишком большой");
    }

    @Test
    void refusesAPictureWithMorePixelsThanAllowedBeforeDecodingIt() {
        PhotoCheck small = new PhotoCheck(FIVE_MB, 100);

        assertThatThrownBy(() -> small.check("wide.png", TestImages.png(20, 20)))
                .isInstanceOf(RefusedPhoto.class).hasMessageContaining("«wide.png»");
    }
}
