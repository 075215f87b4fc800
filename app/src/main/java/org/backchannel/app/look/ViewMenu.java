package org.backchannel.app.look;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The toolbar's View menu: the theme, and whether links carry their type and date on the graph. */
public final class ViewMenu extends MenuButton {

    public ViewMenu(LookViewModel look) {
        super("View");
        setId("view-menu");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.title() + " theme",
                    Icons.of(theme.isDark() ? MaterialDesignW.WEATHER_NIGHT : MaterialDesignW.WHITE_BALANCE_SUNNY));
            item.setId("theme-" + theme.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(look.getTheme() == theme);
            item.setOnAction(e -> look.setTheme(theme));
            look.themeProperty().addListener((obs, old, now) -> item.setSelected(now == theme));
            getItems().add(item);
        }
        CheckMenuItem linkLabels = new CheckMenuItem("Link labels (type and date)", Icons.of(MaterialDesignL.LABEL_OUTLINE));
        linkLabels.setId("link-labels");
        linkLabels.selectedProperty().bindBidirectional(look.linkLabelsProperty());
        getItems().addAll(new SeparatorMenuItem(), linkLabels);
    }
}
