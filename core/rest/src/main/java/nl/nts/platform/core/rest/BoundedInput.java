package nl.nts.platform.core.rest;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Input bounded as it is read. Decimal numbers (budgets, KPI values) as a client may send them: at most
 * {@value #INTEGER_DIGITS} digits before the point and {@value #FRACTION_DIGITS} after. A number
 * such as {@code 1e100000000} is tiny as text and endless as a value: refused as it is read,
 * before any arithmetic or storage can spend minutes on it.
 */
final class BoundedInput extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;
    static final int INTEGER_DIGITS = 18;
    static final int FRACTION_DIGITS = 10;
    /** The longest number text read at all. */
    private static final int TEXT_MAX = 64;

    /** Refused as it is read, naming the field (JsonBodyProvider shows the message as it is). */
    static final class OutOfRange extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        OutOfRange(JsonParser parser) {
            this(parser, "is out of range: at most " + INTEGER_DIGITS + " digits before the decimal point and " + FRACTION_DIGITS + " after");
        }

        OutOfRange(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    BoundedInput() {
        super(BigDecimal.class);
    }

    static SimpleModule module() {
        return new SimpleModule("nts-bounded-input").addDeserializer(BigDecimal.class, new BoundedInput())
                .addDeserializer(String.class, new WellFormedText());
    }

    /**
     * Text with a lone UTF-16 surrogate ({@code "x\\ud800"}) is refused as it is read: it is no
     * text, and would break every JSON answer holding it; so is text with a control character no
     * database, report or spreadsheet can hold ({@link nl.nts.platform.core.shared.Codes#firstControl}).
     */
    static final class WellFormedText extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        WellFormedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !nl.nts.platform.core.shared.Codes.wellFormed(text)) {
                throw new OutOfRange(parser, "holds a lone UTF-16 surrogate, which is no character");
            }
            if (nl.nts.platform.core.shared.Codes.firstControl(text) >= 0) {
                throw new OutOfRange(parser, nl.nts.platform.core.shared.Codes.controlMessage(text));
            }
            return text;
        }
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_STRING) {
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
        String text = parser.getText().strip();
        if (text.length() > TEXT_MAX) {
            throw new OutOfRange(parser);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text, "not a number");
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > INTEGER_DIGITS || value.scale() > FRACTION_DIGITS && value.stripTrailingZeros().scale() > FRACTION_DIGITS) {
            throw new OutOfRange(parser);
        }
        return value;
    }
}
