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
 * Decimal numbers (budgets, KPI values) as a client may send them: at most
 * {@value #INTEGER_DIGITS} digits before the point and {@value #FRACTION_DIGITS} after. A number
 * such as {@code 1e100000000} is tiny as text and endless as a value: refused as it is read,
 * before any arithmetic or storage can spend minutes on it.
 */
final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;
    static final int INTEGER_DIGITS = 18;
    static final int FRACTION_DIGITS = 10;
    /** The longest number text read at all. */
    private static final int TEXT_MAX = 64;

    /** Refused as it is read, naming the field (JsonBodyProvider shows the message as it is). */
    static final class OutOfRange extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        OutOfRange(JsonParser parser) {
            super(parser, "is out of range: at most " + INTEGER_DIGITS + " digits before the decimal point and " + FRACTION_DIGITS + " after");
        }
    }

    BoundedDecimals() {
        super(BigDecimal.class);
    }

    static SimpleModule module() {
        return new SimpleModule("nts-bounded-decimals").addDeserializer(BigDecimal.class, new BoundedDecimals());
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
