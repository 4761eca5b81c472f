package org.handbook.config;

/** ISBN-13: thirteen digits (hyphens and spaces allowed between them) whose last one checks the others. */
final class Isbn {

    private Isbn() {
    }

    static boolean isValid(String isbn) {
        String digits = isbn.replaceAll("[-\\s]", "");
        if (!digits.matches("97[89][0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == digits.charAt(12) - '0';
    }
}
