package eu.adpack.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTest {
    @Test
    void neverShowsItself() {
        Secret key = Secret.fromEnvironment("EEN_API_KEY", Map.of("EEN_API_KEY", " abc123 "));
        assertThat(key.get()).isEqualTo("abc123");
        assertThat(key).hasToString("****");
        assertThat(key.redact("server said: abc123 is wrong")).isEqualTo("server said: **** is wrong");
    }

    @Test
    void aMissingVariableNamesTheVariable() {
        assertThatThrownBy(() -> Secret.fromEnvironment("EEN_API_KEY", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment variable EEN_API_KEY is not set: expected it to hold the API key");
    }
}
