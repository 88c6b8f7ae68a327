package eu.adpack.matching;

import java.util.Arrays;

/**
 * The postings of one term on one side in one kind partition: the slots of the subjects that hold it, ascending,
 * with their codes, plus the bounds that make pruning safe (the smallest depth or the largest frequency, and the
 * shortest text). Bounds only ever loosen when postings are removed, so they stay valid. Not thread-safe.
 */
final class Postings {
    int[] docs = new int[4];
    byte[] codes = new byte[4];
    int size;
    /** For taxonomy terms the smallest depth, for text terms the largest frequency. */
    int bestCode = -1;
    int minLength = Integer.MAX_VALUE;

    void add(int slot, byte code, boolean text, int length) {
        if (size == docs.length) {
            int cap = size + (size >> 1) + 4;
            docs = Arrays.copyOf(docs, cap);
            codes = Arrays.copyOf(codes, cap);
        }
        docs[size] = slot;
        codes[size] = code;
        size++;
        if (text) {
            bestCode = Math.max(bestCode, code);
            minLength = Math.min(minLength, length);
        } else {
            bestCode = bestCode < 0 ? code : Math.min(bestCode, code);
        }
    }

    void remove(int slot) {
        int i = Arrays.binarySearch(docs, 0, size, slot);
        if (i >= 0) {
            System.arraycopy(docs, i + 1, docs, i, size - i - 1);
            System.arraycopy(codes, i + 1, codes, i, size - i - 1);
            size--;
        }
    }
}
