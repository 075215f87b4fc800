package org.backchannel.app.channels;

import javafx.scene.control.TableCell;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** A channel's span as a bar on the answer's one time axis, coloured by tier. */
final class TimeBarCell extends TableCell<ChannelLine, ChannelLine> {

    private final Pane track = new Pane();
    private final Region bar = new Region();

    TimeBarCell() {
        bar.getStyleClass().add("channel-bar");
        track.getChildren().add(bar);
        track.setMinHeight(12);
        track.widthProperty().addListener((obs, old, now) -> place());
    }

    @Override
    protected void updateItem(ChannelLine line, boolean empty) {
        super.updateItem(line, empty);
        bar.getStyleClass().removeAll("back", "front", "untold");
        if (empty || line == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        if (line.bar() == null) {
            setGraphic(null);
            setText("undated");
            return;
        }
        setText(null);
        bar.getStyleClass().add(switch (line.tier()) {
            case "back" -> "back";
            case "front" -> "front";
            default -> "untold";
        });
        setGraphic(track);
        place();
    }

    private void place() {
        ChannelLine line = getItem();
        if (line == null || line.bar() == null) {
            return;
        }
        double width = track.getWidth();
        bar.setLayoutX(width * line.bar()[0]);
        bar.setLayoutY(1);
        bar.resize(Math.max(3, width * (line.bar()[1] - line.bar()[0])), 10);
        bar.setPrefWidth(Math.max(3, width * (line.bar()[1] - line.bar()[0])));
    }
}
