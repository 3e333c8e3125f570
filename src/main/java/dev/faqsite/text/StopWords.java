package dev.faqsite.text;

import java.util.Set;

/** English stop words: the list lunr.js 2.3.9 filters, so build time and query time agree. */
final class StopWords {
    static final Set<String> ENGLISH = Set.of(
            "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any",
            "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do",
            "does", "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he", "her",
            "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "least",
            "let", "like", "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor", "not", "of",
            "off", "often", "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says", "she",
            "should", "since", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you", "your");

    /**
     * Chinese function words and question phrasing. Only characters and words that are almost never part of a
     * content word are listed: a single character such as 能 or 会 would break 性能 or 社会 apart.
     */
    static final Set<String> CHINESE = Set.of(
            "的", "吗", "呢", "吧", "啊", "呀", "之一",
            "如何", "怎样", "怎么", "怎么样", "什么", "哪些", "哪个", "为什么", "是否", "能否", "可能", "可以",
            "请", "简要", "介绍", "一下", "一些", "一个", "一种", "以及", "进行", "过程中", "我们", "你们", "他们",
            "这些", "那些", "这个", "那个", "如果", "因为", "所以", "但是", "而且", "或者", "并且", "通过", "需要");

    private StopWords() {
    }
}
