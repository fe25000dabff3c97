package io.ecocity.waste.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.waste.service.CatalogueDocument;
import io.ecocity.waste.service.CatalogueReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The shipped catalogue file read for domain tests the way the service reads it (Jackson and {@link CatalogueReader}). */
final class CatalogueJson {

    private CatalogueJson() {
    }

    static IndicatorCatalogue loadDefault() {
        try (InputStream in = CatalogueJson.class.getClassLoader().getResourceAsStream(IndicatorCatalogue.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource not on the class path: " + IndicatorCatalogue.DEFAULT_RESOURCE);
            }
            CatalogueReader.Result read = CatalogueReader.read(new ObjectMapper().readValue(in, CatalogueDocument.class));
            if (!read.isValid()) {
                throw new IllegalStateException("shipped catalogue is invalid: " + read.errors());
            }
            return read.catalogue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
