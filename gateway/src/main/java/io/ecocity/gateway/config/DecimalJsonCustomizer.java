package io.ecocity.gateway.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes decimals as the services stated them: the view's columns have a fixed scale, so 3.29 comes back from the
 * database as 3.2900; the trailing zeros carry no precision the service gave, and are dropped.
 */
@Singleton
public class DecimalJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("ecocity-decimals");
        module.addSerializer(BigDecimal.class, new StdSerializer<>(BigDecimal.class) {
            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                BigDecimal plain = value.stripTrailingZeros();
                generator.writeNumber((plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString());
            }
        });
        mapper.registerModule(module);
    }
}
