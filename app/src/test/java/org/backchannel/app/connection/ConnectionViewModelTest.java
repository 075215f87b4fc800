package org.backchannel.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionViewModelTest {

    private static final Path HOME = Path.of("/tmp/backchannel-test-home");

    @Test
    void withoutNeo4jVariablesTheEmbeddedStoreIsChosen() {
        ConnectionViewModel viewModel = new ConnectionViewModel(Map.of(), HOME);
        assertThat(viewModel.embeddedProperty().get()).isTrue();
        assertThat(viewModel.opener()).isPresent();
        assertThat(viewModel.problemProperty().get()).isEmpty();
    }

    @Test
    void theNeo4jVariablesPrefillTheServerFieldsWithoutCredentialsInTheAddress() {
        ConnectionViewModel viewModel = new ConnectionViewModel(Map.of(
                "NEO4J_URI", "neo4j+s://analyst:pw@abcd.databases.neo4j.io", "NEO4J_USERNAME", "analyst", "NEO4J_PASSWORD", "s3cret"), HOME);
        assertThat(viewModel.embeddedProperty().get()).isFalse();
        assertThat(viewModel.uriProperty().get()).isEqualTo("neo4j+s://abcd.databases.neo4j.io");
        assertThat(viewModel.usernameProperty().get()).isEqualTo("analyst");
        assertThat(viewModel.passwordProperty().get()).isEqualTo("s3cret");
    }

    @Test
    void aBadNeo4jUriInTheEnvironmentStillLetsTheDialogOpen() {
        ConnectionViewModel viewModel = new ConnectionViewModel(Map.of("NEO4J_URI", "http://localhost:7474"), HOME);
        assertThat(viewModel.embeddedProperty().get()).isTrue();
    }

    @Test
    void anAddressThatIsNotNeo4jIsRefusedWithTheSchemesAllowed() {
        ConnectionViewModel viewModel = new ConnectionViewModel(Map.of(), HOME);
        viewModel.embeddedProperty().set(false);
        viewModel.uriProperty().set("http://localhost:7474");
        assertThat(viewModel.opener()).isEmpty();
        assertThat(viewModel.problemProperty().get()).contains("is not a Neo4j address", "neo4j+s");
        viewModel.uriProperty().set("bolt://localhost:7687");
        assertThat(viewModel.opener()).isPresent();
        assertThat(viewModel.problemProperty().get()).isEmpty();
    }
}
