//! The sentences in German: plural forms, decimal commas, grouped thousands, and a German
//! message for every English one.

use dsim_core::gossip::phi::{Detector, DetectorChange, PhiConfig, PhiEvent, PhiSim};
use dsim_core::gossip::{
    GossipConfig, GossipEvent, GossipOutcome, GossipSim, Mode, Progress, RoundReport,
};

use super::{gossip, phi, plain_number, seconds};
use crate::phi_view::standing;

const EN: &str = include_str!("../../../locales/en.ftl");
const DE: &str = include_str!("../../../locales/de.ftl");

/// Chooses German for this thread (each test runs on its own, so the others stay English).
fn german() {
    crate::msg::speak("de");
}

#[test]
fn every_message_has_a_german_translation() {
    let en = dsim_i18n::compile::compile("en", EN).expect("en.ftl");
    let de = dsim_i18n::compile::compile("de", DE).expect("de.ftl");
    let missing: Vec<&String> = en
        .messages
        .keys()
        .filter(|id| !de.messages.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "not in de.ftl: {missing:?}");
    assert!(de.problems_against(&en).is_empty());
}

#[test]
fn gossip_sentences_in_german() {
    german();
    let progress = Progress {
        round: 1,
        informed: 3,
        live: 11,
    };
    let report = |senders, learned: Vec<usize>| {
        GossipOutcome::Round(RoundReport {
            mode: Mode::Push,
            senders,
            sent: 2,
            lost: 1,
            to_subject: 1,
            learned,
            news_lost: false,
            completed: false,
            progress,
        })
    };
    assert_eq!(
        gossip::outcome(&report(1, vec![4, 8])),
        "Runde 1: 1 informierter Knoten sendete 2 Nachrichten (1 verloren), davon 1 an Knoten 4 von einem Knoten, der noch nicht wusste, dass dieser ausgefallen ist; Knoten 5 und 9 haben erfahren, dass Knoten 4 ausgefallen ist. Runde 1 — Knoten informiert: 3 / 11."
    );
    assert!(gossip::outcome(&report(2, vec![6])).starts_with(
        "Runde 1: 2 informierte Knoten sendeten 2 Nachrichten (1 verloren), davon 1 an Knoten 4 von einem Knoten"
    ));
    assert!(gossip::outcome(&report(2, vec![6]))
        .contains("; Knoten 7 hat erfahren, dass Knoten 4 ausgefallen ist."));
    let mut sim = GossipSim::new(GossipConfig::default(), 1);
    assert_eq!(
        gossip::outcome(&sim.apply(GossipEvent::SetLoss(7))),
        "Nachrichtenverlust 7 %: Jede Nachricht geht mit Wahrscheinlichkeit 0,07 verloren."
    );
    assert_eq!(
        gossip::outcome(&sim.apply(GossipEvent::SetFanout(9))),
        "Der Fanout muss zwischen 1 und 4 liegen. Fanout 4: Jeder Knoten, der Gossip betreibt, kontaktiert ab der nächsten Runde 4 zufällige Peers pro Runde."
    );
    assert!(gossip::outcome(&sim.apply(GossipEvent::SetFanout(1)))
        .ends_with("ab der nächsten Runde einen zufälligen Peer pro Runde."));
    assert!(
        gossip::outcome(&sim.apply(GossipEvent::SetLoss(90))).starts_with(
            "Der Nachrichtenverlust muss zwischen 0 und 50 % liegen. Nachrichtenverlust 50 %:"
        )
    );
    assert_eq!(
        [Mode::Push, Mode::PushPull].map(|m| gossip::outcome(&GossipOutcome::ModeSet(m))),
        [
            "Push-Gossip: Nur informierte Knoten senden und informieren die Peers, die sie wählen.",
            "Push-Pull-Gossip: Jeder lebende Knoten kontaktiert Peers, und beide Seiten tauschen aus, was sie wissen, so wie Cassandras Gossiper.",
        ]
    );
    sim.apply(GossipEvent::SetLoss(7));
    sim.apply(GossipEvent::Start);
    assert_eq!(
        gossip::grid_label(&sim, 1),
        "12 Knoten in einem lockeren Raster. Knoten 4 ist ausgefallen. 1 von 11 lebenden Knoten weiß es: 1 gerade informiert, 0 verbreiten es; 10 wissen es noch nicht; 1 weiterer Knoten ist ausgefallen."
    );
    assert!(gossip::grid_label(&sim, 2).ends_with("; 2 weitere Knoten sind ausgefallen."));
    assert_eq!(
        gossip::revived(&[1, 6], progress),
        "2 Knoten sind wieder da und wissen nicht, dass Knoten 4 ausgefallen ist; der Gossip wird sie erreichen. Runde 1 — Knoten informiert: 3 / 11."
    );
    assert_eq!(
        gossip::summary(&sim),
        "Ansicht Gossip-Ausbreitung: 12 Knoten, Fanout 1, 7 % Nachrichtenverlust, Push. Runde 0 — Knoten informiert: 1 / 11."
    );
}

#[test]
fn detector_sentences_in_german() {
    german();
    let mut sim = PhiSim::new(PhiConfig::new(0, 8.5, 3000, 100), 1);
    sim.advance(150_000);
    assert!(phi::outcome(&sim.apply(PhiEvent::StopHeartbeats))
        .starts_with("Der Knoten stürzt bei 150,0 s ab: keine Heartbeats mehr. Phi wird 8,5 bei "));
    sim.advance(10_000);
    assert_eq!(
        phi::detector_line(&sim, Detector::Timeout, standing(&sim, Detector::Timeout)),
        "Timeout 3,0 s: FÜR TOT ERKLÄRT 3,0 s nach dem Absturz; 0 Fehlalarme."
    );
    assert_eq!(
        phi::detector_line(&sim, Detector::Phi, standing(&sim, Detector::Phi)),
        "Phi-Detektor: FÜR TOT ERKLÄRT 1,6 s nach dem Absturz; 0 Fehlalarme."
    );
    assert_eq!(
        [Detector::Phi, Detector::Timeout].map(|d| phi::change(&DetectorChange::Withdrawn(d))),
        [
            "Der Phi-Detektor verdächtigt den Knoten nicht mehr.",
            "Der Timeout-Detektor verdächtigt den Knoten nicht mehr.",
        ]
    );
    assert!(phi::outcome(&sim.apply(PhiEvent::SetJitter(5000)))
        .starts_with("Der Jitter muss zwischen 0 und 1000 ms liegen. Jitter 1000 ms:"));
    let fresh = PhiSim::new(PhiConfig::default(), 1);
    assert_eq!(
        phi::phi_fit(&fresh),
        " · Abstände: Mittel 1.000 ms, σ 250 ms → phi erreicht 8 nach 2.404 ms Stille"
    );
    assert_eq!(phi::phi_value(2.345), "phi = 2,35");
    assert_eq!(seconds(12_345), "12,3 s");
    assert_eq!(plain_number(8.5), "8,5");
    assert_eq!(phi::paused(12_345), "Angehalten bei 12,3 s.");
}
