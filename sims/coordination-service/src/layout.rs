//! Where things are on the canvas: the ensemble's servers in a row at the top, the
//! application's clients in a row below (with the storage service at the right in the
//! election scenario), and the message timeline underneath, one lane per process.

use dsim_core::coordination::Endpoint;
use dsim_core::num::Within;
use dsim_ui::geom::Rect;
pub use dsim_ui::geom::Spot;

/// The positions of one frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The box around the ensemble.
    pub ensemble: Rect,
    /// Each server.
    pub servers: Vec<Spot>,
    /// Each client.
    pub clients: Vec<Spot>,
    /// The storage service (election scenario only).
    pub storage: Option<Rect>,
    /// The message timeline.
    pub timeline: Rect,
}

const PAD: f64 = 8.0;

/// The layout of a `w` × `h` canvas with `servers` servers and `clients` clients. The bands
/// leave room for the title, the crowns and the labels at the projector's larger text too.
pub fn layout(w: f64, h: f64, servers: usize, clients: usize, storage: bool) -> Layout {
    let sr = (h * 0.045)
        .within(9.0, 20.0)
        .min(w / (servers.max(1) as f64 * 4.2));
    let ensemble_h = TITLE_H + CROWN_H + 2.0 * sr + LABEL_H;
    let ensemble = Rect::new(PAD, PAD, w - 2.0 * PAD, ensemble_h);
    let sy = ensemble.y + TITLE_H + CROWN_H + sr;
    let servers = row(ensemble.x, ensemble.w, servers, sy, sr);
    let store_w = if storage {
        (w * 0.2).within(60.0, 150.0)
    } else {
        0.0
    };
    let cr = (h * 0.045)
        .within(9.0, 20.0)
        .min((w - store_w) / (clients.max(1) as f64 * 4.4));
    let cy = ensemble.bottom() + CROWN_H + cr + 6.0;
    let clients = row(PAD, w - 2.0 * PAD - store_w, clients, cy, cr);
    let storage = storage.then(|| {
        let sh = (cr * 2.6).within(46.0, 64.0);
        Rect::new(w - PAD - store_w + 6.0, cy - sh / 2.0, store_w - 6.0, sh)
    });
    let top = cy + cr + 2.0 * LABEL_H + 4.0;
    let timeline = Rect::new(PAD, top, w - 2.0 * PAD, (h - top - PAD).max(20.0));
    Layout {
        ensemble,
        servers,
        clients,
        storage,
        timeline,
    }
}

/// The ensemble's title band.
const TITLE_H: f64 = 22.0;
/// Room above a node for its crown.
const CROWN_H: f64 = 12.0;
/// One line of label under a node.
const LABEL_H: f64 = 15.0;

fn row(x: f64, w: f64, n: usize, y: f64, r: f64) -> Vec<Spot> {
    let step = w / n.max(1) as f64;
    (0..n)
        .map(|i| Spot {
            x: x + step * (i as f64 + 0.5),
            y,
            r,
        })
        .collect()
}

impl Layout {
    /// Where an endpoint sits (the storage's left edge, mid-height).
    pub fn at(&self, e: Endpoint) -> Option<(f64, f64)> {
        match e {
            Endpoint::Server(i) => self.servers.get(i).map(|s| (s.x, s.y)),
            Endpoint::Client(i) => self.clients.get(i).map(|s| (s.x, s.y)),
            Endpoint::Storage => self.storage.map(|r| (r.x, r.y + r.h / 2.0)),
        }
    }

    /// The timeline's lanes, top to bottom: every server, every client, then the storage.
    pub fn lanes(&self) -> Vec<Endpoint> {
        let servers = (0..self.servers.len()).map(Endpoint::Server);
        let clients = (0..self.clients.len()).map(Endpoint::Client);
        let storage = self.storage.map(|_| Endpoint::Storage);
        servers.chain(clients).chain(storage).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_stays_on_the_canvas_from_phone_to_desktop() {
        for (w, h) in [
            (340.0, 300.0),
            (600.0, 400.0),
            (900.0, 520.0),
            (1280.0, 640.0),
        ] {
            for (servers, clients) in [(3, 3), (5, 6), (7, 6)] {
                let l = layout(w, h, servers, clients, true);
                for s in l.servers.iter().chain(&l.clients) {
                    assert!(s.x - s.r >= 0.0 && s.x + s.r <= w && s.y + s.r <= h);
                }
                let st = l.storage.unwrap_or_default();
                assert!(st.right() <= w && st.x > l.clients[clients - 1].x + l.clients[0].r);
                assert!(l.timeline.bottom() <= h && l.timeline.y > l.clients[0].y + l.clients[0].r);
                assert_eq!(l.lanes().len(), servers + clients + 1);
            }
        }
    }
}
