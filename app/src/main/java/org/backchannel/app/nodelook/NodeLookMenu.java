package org.backchannel.app.nodelook;

import java.util.Locale;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.backchannel.app.look.Icons;
import org.backchannel.model.NodeColouring;
import org.backchannel.model.SizeMeasure;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The toolbar's Nodes menu: what node size shows, and whether colour shows kind or community. */
public final class NodeLookMenu extends MenuButton {

    public NodeLookMenu(NodeLookViewModel viewModel) {
        super("Nodes", Icons.of(MaterialDesignC.CHART_BUBBLE));
        setId("node-look-menu");
        setTooltip(new Tooltip("What node size and colour show; each choice is a step you can undo"));
        ToggleGroup sizes = new ToggleGroup();
        for (SizeMeasure measure : SizeMeasure.values()) {
            RadioMenuItem item = new RadioMenuItem(measure == SizeMeasure.UNIFORM ? "All one size" : "Size by " + measure.title());
            item.setId("size-by-" + measure.code());
            item.setToggleGroup(sizes);
            item.setSelected(viewModel.getSizeBy() == measure);
            item.setOnAction(e -> viewModel.sizeBy(measure));
            viewModel.sizeByProperty().addListener((obs, old, now) -> item.setSelected(now == measure));
            getItems().add(item);
        }
        getItems().add(new SeparatorMenuItem());
        ToggleGroup colours = new ToggleGroup();
        for (NodeColouring colouring : NodeColouring.values()) {
            RadioMenuItem item = new RadioMenuItem("Colour by " + colouring.code());
            item.setId("colour-by-" + colouring.code().toLowerCase(Locale.ROOT));
            item.setToggleGroup(colours);
            item.setSelected(viewModel.getColourBy() == colouring);
            item.setOnAction(e -> viewModel.colourBy(colouring));
            viewModel.colourByProperty().addListener((obs, old, now) -> item.setSelected(now == colouring));
            getItems().add(item);
        }
    }
}
