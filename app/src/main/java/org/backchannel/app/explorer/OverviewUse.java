package org.backchannel.app.explorer;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.Source;

/**
 * What becomes of a store's overview once it is loaded: by default the scene starts over with it; the
 * session side puts the last session over it instead ({@link ExplorerViewModel#useOverviewWith}).
 */
@FunctionalInterface
public interface OverviewUse {

    void use(LoadedGraph overview, List<Source> sources);
}
