package org.creddesk.ui.adequacy;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * The counties of a run drawn as JavaFX paths from the shipped Census outlines, fitted to the pane: longitude
 * scaled by the cosine of the middle latitude (an equirectangular view, fine for a few states).
 */
public final class CountyMap extends Pane {
    static final Color PASS = Color.web("#2e7d32");
    static final Color FAIL = Color.web("#c62828");
    static final Color NEIGHBOUR = Color.web("#e0e0e0");
    private static final double PAD = 8;

    private List<MapCounty> counties = List.of();

    public CountyMap() {
        getStyleClass().add("county-map");
        setMinSize(200, 160);
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
    }

    public void show(List<MapCounty> shown) {
        counties = List.copyOf(shown);
        draw();
    }

    /** How many county outlines are drawn. */
    public int drawn() {
        return getChildren().isEmpty() ? 0 : ((Group) getChildren().get(0)).getChildren().size();
    }

    private void draw() {
        getChildren().clear();
        if (counties.isEmpty() || getWidth() <= 2 * PAD || getHeight() <= 2 * PAD) {
            return;
        }
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (MapCounty c : counties) {
            for (double[] ring : c.shape().rings()) {
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    minLon = Math.min(minLon, ring[i]);
                    maxLon = Math.max(maxLon, ring[i]);
                    minLat = Math.min(minLat, ring[i + 1]);
                    maxLat = Math.max(maxLat, ring[i + 1]);
                }
            }
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max(1e-6, (maxLon - minLon) * cos);
        double spanY = Math.max(1e-6, maxLat - minLat);
        double scale = Math.min((getWidth() - 2 * PAD) / spanX, (getHeight() - 2 * PAD) / spanY);
        double offX = PAD + (getWidth() - 2 * PAD - spanX * scale) / 2;
        double offY = PAD + (getHeight() - 2 * PAD - spanY * scale) / 2;
        Group group = new Group();
        for (MapCounty c : counties) {
            Path path = new Path();
            path.setFillRule(FillRule.EVEN_ODD);
            for (double[] ring : c.shape().rings()) {
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    double x = offX + (ring[i] - minLon) * cos * scale;
                    double y = offY + (maxLat - ring[i + 1]) * scale;
                    path.getElements().add(i == 0 ? new MoveTo(x, y) : new LineTo(x, y));
                }
                path.getElements().add(new ClosePath());
            }
            path.setFill(switch (c.state()) {
                case PASS -> PASS;
                case FAIL -> FAIL;
                case NEIGHBOUR -> NEIGHBOUR;
            });
            path.setStroke(Color.WHITE);
            path.setStrokeWidth(0.8);
            path.setId("county-" + c.fips());
            Tooltip.install(path, new Tooltip(c.label()));
            group.getChildren().add(path);
        }
        getChildren().add(group);
    }
}
