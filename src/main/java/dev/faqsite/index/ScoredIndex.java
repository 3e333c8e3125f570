package dev.faqsite.index;

import java.util.List;

/**
 * A lunr 2.3.9 index as numbers, before it is written in any format: every term with lunr's own term number and,
 * per field, the documents that contain it with their BM25 score (boost included) in thousandths, exactly as lunr
 * rounds field vectors. The monolithic {@code lunr.Index#toJSON} form and the sharded form are both written from
 * it, so they cannot disagree. Immutable.
 *
 * @param fields    field names in lunr's order
 * @param documents document references, by document number
 * @param terms     every term, sorted by UTF-16 code units as lunr sorts its inverted index
 * @param words     every non-Han word of the documents as written (normalised, not stemmed), sorted: what a
 *                  reader's misspelt word is compared with before it is stemmed
 */
record ScoredIndex(List<String> fields, List<String> documents, List<Term> terms, List<String> words) {

    /**
     * One term of the index.
     *
     * @param text     the term
     * @param number   lunr's {@code _index}: the order in which the builder first met the term
     * @param postings per field (in {@link ScoredIndex#fields} order), the documents containing the term
     */
    record Term(String text, int number, List<Postings> postings) {
    }

    /**
     * The documents of one field that contain a term, by ascending document number.
     *
     * @param documents document numbers
     * @param scores    score of the term in each document's field vector, in thousandths
     */
    record Postings(int[] documents, long[] scores) {
        int size() {
            return documents.length;
        }
    }

    /** A score in thousandths as the double lunr keeps in its field vectors. */
    static double score(long thousandths) {
        return thousandths / 1000.0;
    }
}
