package org.lifecircle.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapperTest {

    /*
     *            p (150, 40)
     *
     *  A ----------------------------------- B ------- C        q (260, -500): 500 m away
     *  (0,0)                              (200,0)   (300,0)
     *                       D (120,-80)
     *                       |
     *                       E (120,-200)
     */
    private static final TestNetwork.Built NET = new TestNetwork()
            .node("A", 0, 0).node("B", 200, 0).node("C", 300, 0).node("D", 120, -80).node("E", 120, -200)
            .edge("A", "B").edge("B", "C").edge("D", "E")
            .build();

    @Test
    void projectsOntoTheNearestEdgeWithBothPartialLengths() {
        Snap snap = new Snapper(NET.graph(), 300).findSnap(TestNetwork.lon(150), TestNetwork.lat(40)).orElseThrow();
        int ab = NET.edge("A", "B");
        assertThat(snap.edge()).isEqualTo(ab);
        double fromA = NET.graph().edgeFrom(ab) == NET.node("A") ? snap.offsetMeters() : snap.remainingMeters();
        assertThat(fromA).isCloseTo(150, within(0.05));
        assertThat(snap.offsetMeters() + snap.remainingMeters()).isCloseTo(NET.graph().edgeLengthMeters(ab), within(1e-9));
        assertThat(snap.snapDistanceMeters()).isCloseTo(40, within(0.05));
        assertThat(snap.lat()).isCloseTo(TestNetwork.lat(0), within(1e-7));
    }

    @Test
    void picksTheCloserOfTwoEdges() {
        // (120, -60) is 60 m from A-B and 20 m from D's end of D-E.
        Snap snap = new Snapper(NET.graph(), 300).findSnap(TestNetwork.lon(120), TestNetwork.lat(-60)).orElseThrow();
        assertThat(snap.edge()).isEqualTo(NET.edge("D", "E"));
        assertThat(snap.snapDistanceMeters()).isCloseTo(20, within(0.05));
    }

    @Test
    void pointOnAnEdgeSnapsWithZeroDistance() {
        Snap snap = new Snapper(NET.graph(), 300).findSnap(TestNetwork.lon(250), TestNetwork.lat(0)).orElseThrow();
        assertThat(snap.edge()).isEqualTo(NET.edge("B", "C"));
        assertThat(snap.snapDistanceMeters()).isLessThan(0.01);
    }

    @Test
    void beyondTheMaximumSnapDistanceThereIsNoSnap() {
        Optional<Snap> far = new Snapper(NET.graph(), 300).findSnap(TestNetwork.lon(260), TestNetwork.lat(-500));
        assertThat(far).isEmpty();
        Optional<Snap> withLargerLimit = new Snapper(NET.graph(), 600).findSnap(TestNetwork.lon(260), TestNetwork.lat(-500));
        assertThat(withLargerLimit).isPresent();
        assertThat(withLargerLimit.get().edge()).isEqualTo(NET.edge("D", "E"));
    }

    @Test
    void projectionOnABentEdgeMeasuresAlongItsGeometry() {
        /*
         *  (0,30)----(40,30)
         *    |           |  x (45, 15)
         *    P           Q        P-Q bends through the two upper corners: 100 m
         */
        TestNetwork.Built bent = new TestNetwork().node("P", 0, 0).node("Q", 40, 0)
                .edgeVia("P", "Q", 0, 30, 40, 30).build();
        Snap snap = new Snapper(bent.graph(), 100).findSnap(TestNetwork.lon(45), TestNetwork.lat(15)).orElseThrow();
        int e = bent.edge("P", "Q");
        double fromP = bent.graph().edgeFrom(e) == bent.node("P") ? snap.offsetMeters() : snap.remainingMeters();
        assertThat(fromP).isCloseTo(30 + 40 + 15, within(0.05));
        assertThat(snap.snapDistanceMeters()).isCloseTo(5, within(0.05));
    }
}
