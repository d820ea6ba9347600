package vn.qrgate.reader.config;

import java.util.List;
import java.util.Objects;
import vn.qrgate.config.ConfigError;

/** The outcome of reading a config file: a config to run on, or every reason not to. Never both. */
public sealed interface ConfigLoad permits ConfigLoad.Valid, ConfigLoad.Invalid {

    record Valid(ReaderConfig config) implements ConfigLoad {
        public Valid {
            Objects.requireNonNull(config, "config");
        }
    }

    record Invalid(List<ConfigError> errors) implements ConfigLoad {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid config has at least one error");
            }
        }
    }
}
