package dev.faqsite.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random texts strung together from given pieces, for comparing a fast implementation with its reference on many
 * inputs. The same seed gives the same texts, so a failure replays.
 */
public final class RandomTexts {
    private RandomTexts() {
    }

    /**
     * {@code count} texts of up to {@code mostPieces} pieces each (an empty text among them), each piece drawn from
     * {@code pieces}.
     */
    public static List<String> of(List<String> pieces, long seed, int count, int mostPieces) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(mostPieces + 1); k > 0; k--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** Each UTF-16 unit of the text as a piece of its own: the halves of a surrogate pair also come apart. */
    public static List<String> units(String text) {
        List<String> units = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            units.add(String.valueOf(text.charAt(i)));
        }
        return units;
    }
}
