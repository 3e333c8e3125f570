package dev.faqsite.text;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * How Chinese characters sound, without tones (HanLP's {@code pinyin.txt}, each character's first reading): the
 * commonest Chinese typo is a character of the same sound picked from the input method's list (部属 for 部署), so
 * two bigrams that sound the same are each other's likely typo. Immutable and thread-safe.
 */
public final class Pinyin {
    private static final String TABLE = "/data/dictionary/pinyin/pinyin.txt";

    private static final class Holder {
        static final Map<Integer, String> SOUND = load();
    }

    private Pinyin() {
    }

    /** The sound of a Han bigram, e.g. {@code bu shu} for 部署; empty if a character's sound is unknown. */
    public static Optional<String> of(String bigram) {
        int[] codePoints = bigram.codePoints().toArray();
        if (codePoints.length != 2) {
            return Optional.empty();
        }
        String first = Holder.SOUND.get(codePoints[0]);
        String second = Holder.SOUND.get(codePoints[1]);
        return first == null || second == null ? Optional.empty() : Optional.of(first + " " + second);
    }

    /**
     * The table for the browser, by sound: {@code {"bu": "不部步…", …}}, sorted, for the characters a reader is
     * likely to type (GB 2312's 6,763) and those {@code alsoWanted} (the index's own).
     */
    public static Map<String, String> bySound(IntPredicate alsoWanted) {
        CharsetEncoder common = Charset.forName("GB2312").newEncoder();
        Map<String, StringBuilder> table = new TreeMap<>();
        Holder.SOUND.forEach((codePoint, sound) -> {
            if (alsoWanted.test(codePoint) || (Character.isBmpCodePoint(codePoint) && common.canEncode((char) codePoint.intValue()))) {
                table.computeIfAbsent(sound, s -> new StringBuilder()).appendCodePoint(codePoint);
            }
        });
        Map<String, String> out = new TreeMap<>();
        table.forEach((sound, characters) -> out.put(sound, characters.toString()));
        return Collections.unmodifiableMap(out);
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> sounds = new TreeMap<>(); // by code point: the browser table is written in this order
        BundledData.forEachLine(TABLE, line -> {
            int equals = line.indexOf('=');
            if (equals <= 0 || line.codePointCount(0, equals) != 1) {
                return;
            }
            int comma = line.indexOf(',', equals);
            String reading = line.substring(equals + 1, comma < 0 ? line.length() : comma);
            String toneless = reading.replaceAll("[0-9]", "").strip();
            if (!toneless.isEmpty()) {
                sounds.put(line.codePointAt(0), toneless);
            }
        });
        return Collections.unmodifiableMap(sounds);
    }
}
