package nl.nts.platform.plugins.reportdocuments;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The content of one page, written as PDF operators straight into a compressed stream of the
 * document. It does what {@code PDPageContentStream} does for the few operators a report needs
 * (rectangles, lines, colours, text in the two embedded fonts), at a fraction of the cost on a
 * long table: a glyph's code is looked up once per document ({@link Glyphs}), numbers are
 * written without a {@code NumberFormat}, and the stream is deflated at a fast level. The text
 * written is the same: glyph ids under Identity-H, each glyph added to the font's subset, so the
 * PDF's text extracts as written.
 */
final class PdfCanvas implements AutoCloseable {

    /** Deflate level of page contents: fast; a table's page text compresses well at any level. */
    private static final int LEVEL = Deflater.BEST_SPEED;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final PDResources resources;
    private final Deflater deflater = new Deflater(LEVEL);
    private final OutputStream out;
    private final byte[] buffer = new byte[16384];
    private int used;

    /**
     * @param pdf    the document
     * @param page   the page drawn on
     * @param append whether to add to what the page shows already (page numbers on finished pages)
     *               instead of being its first content
     */
    PdfCanvas(PDDocument pdf, PDPage page, boolean append) throws IOException {
        COSStream stream = pdf.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        out = new DeflaterOutputStream(stream.createRawOutputStream(), deflater, 16384);
        PDResources existing = page.getResources();
        if (existing == null || !append) {
            existing = existing != null ? existing : new PDResources();
            page.setResources(existing);
        }
        resources = existing;
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (append && contents != null) {
            COSArray array;
            if (contents instanceof COSArray a) {
                array = a;
            } else {
                array = new COSArray();
                array.add(contents);
            }
            array.add(stream);
            page.getCOSObject().setItem(COSName.CONTENTS, array);
        } else {
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
        }
    }

    void addRect(float x, float y, float width, float height) throws IOException {
        number(x).number(y).number(width).number(height).operator("re");
    }

    void fill() throws IOException {
        operator("f");
    }

    void moveTo(float x, float y) throws IOException {
        number(x).number(y).operator("m");
    }

    void lineTo(float x, float y) throws IOException {
        number(x).number(y).operator("l");
    }

    void stroke() throws IOException {
        operator("S");
    }

    void setLineWidth(float width) throws IOException {
        number(width).operator("w");
    }

    void setStrokingColor(Color colour) throws IOException {
        colour(colour).operator("RG");
    }

    void setNonStrokingColor(Color colour) throws IOException {
        colour(colour).operator("rg");
    }

    void beginText() throws IOException {
        operator("BT");
    }

    void endText() throws IOException {
        operator("ET");
    }

    void setFont(PDType0Font font, float size) throws IOException {
        COSName name = resources.add(font);
        ensure(name.getName().length() + 2);
        buffer[used++] = '/';
        for (byte b : name.getName().getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
            buffer[used++] = b;
        }
        buffer[used++] = ' ';
        number(size).operator("Tf");
    }

    void newLineAtOffset(float x, float y) throws IOException {
        number(x).number(y).operator("Td");
    }

    /**
     * Shows text in the font last set; every character must be one the font can show
     * ({@link Glyphs#code}).
     */
    void showText(String text, Glyphs glyphs) throws IOException {
        ensure(2);
        buffer[used++] = '<';
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte[] code = glyphs.code(cp);
            ensure(code.length * 2 + 4);
            for (byte b : code) {
                buffer[used++] = HEX[(b >> 4) & 0xf];
                buffer[used++] = HEX[b & 0xf];
            }
        }
        ensure(4);
        buffer[used++] = '>';
        operator("Tj");
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
            out.close();
        } finally {
            deflater.end();
        }
    }

    private PdfCanvas colour(Color colour) throws IOException {
        return number(colour.getRed() / 255f).number(colour.getGreen() / 255f).number(colour.getBlue() / 255f);
    }

    private PdfCanvas operator(String operator) throws IOException {
        ensure(operator.length() + 1);
        for (int i = 0; i < operator.length(); i++) {
            buffer[used++] = (byte) operator.charAt(i);
        }
        buffer[used++] = '\n';
        return this;
    }

    /** A number with at most three decimals (a thousandth of a point is finer than any printer). */
    private PdfCanvas number(float value) throws IOException {
        ensure(24);
        long thousandths = Math.round((double) value * 1000);
        if (thousandths < 0) {
            buffer[used++] = '-';
            thousandths = -thousandths;
        }
        long whole = thousandths / 1000;
        int fraction = (int) (thousandths % 1000);
        digits(whole);
        if (fraction != 0) {
            buffer[used++] = '.';
            int divisor = 100;
            while (fraction != 0) {
                buffer[used++] = (byte) ('0' + fraction / divisor);
                fraction %= divisor;
                divisor /= 10;
            }
        }
        buffer[used++] = ' ';
        return this;
    }

    private void digits(long value) {
        if (value >= 10) {
            digits(value / 10);
        }
        buffer[used++] = (byte) ('0' + value % 10);
    }

    private void ensure(int more) throws IOException {
        if (used + more > buffer.length) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    /**
     * The codes of one embedded font's glyphs, by character, each asked of PDFBox once and added to
     * the font's subset when first used.
     */
    static final class Glyphs {
        private final PDType0Font font;
        private static final byte[] NONE = new byte[0];
        private final byte[][] codes = new byte[Character.MAX_VALUE + 1][];
        private final java.util.Map<Integer, byte[]> beyond = new java.util.HashMap<>();

        Glyphs(PDType0Font font) {
            this.font = font;
        }

        PDType0Font font() {
            return font;
        }

        /** @return whether the font has a glyph for the code point */
        boolean canShow(int codePoint) {
            return known(codePoint) != NONE;
        }

        /** @throws IOException when the font has no glyph for the code point */
        byte[] code(int codePoint) throws IOException {
            byte[] code = known(codePoint);
            if (code == NONE) {
                throw new IOException("the font " + font.getName() + " cannot show U+" + Integer.toHexString(codePoint));
            }
            return code;
        }

        private byte[] known(int codePoint) {
            byte[] code = codePoint <= Character.MAX_VALUE ? codes[codePoint] : beyond.get(codePoint);
            if (code == null) {
                try {
                    code = font.encode(new String(Character.toChars(codePoint)));
                    if (font.willBeSubset()) {
                        font.addToSubset(codePoint);
                    }
                } catch (IllegalArgumentException | IOException e) {
                    code = NONE;
                }
                if (codePoint <= Character.MAX_VALUE) {
                    codes[codePoint] = code;
                } else {
                    beyond.put(codePoint, code);
                }
            }
            return code;
        }
    }
}
