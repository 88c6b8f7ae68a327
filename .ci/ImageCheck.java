import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Checks that a screenshot is not blank: it must decode as an image, and at least 2% of its pixels must differ from
 * the most common colour (the page background), in at least 8 distinct colours. Run as
 * {@code java .ci/ImageCheck.java FILE.png}; exit 0 when the image has content, 1 otherwise.
 */
public final class ImageCheck {
    private ImageCheck() {
    }

    public static void main(String[] args) throws Exception {
        BufferedImage img = ImageIO.read(new File(args[0]));
        if (img == null) {
            System.err.println(args[0] + ": not an image");
            System.exit(1);
        }
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                counts.merge(img.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int total = img.getWidth() * img.getHeight();
        int background = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double content = 1 - background / (double) total;
        Set<Integer> colours = new HashSet<>(counts.keySet());
        System.out.printf(java.util.Locale.ROOT, "%s: %dx%d, %.1f%% non-background pixels, %d colours%n", args[0],
                img.getWidth(), img.getHeight(), 100 * content, colours.size());
        System.exit(content >= 0.02 && colours.size() >= 8 ? 0 : 1);
    }
}
