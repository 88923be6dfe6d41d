//! Every sim's own link reader: any query string gives settings that are the same on every
//! read (so never NaN), a speed in range and a bounded list of notices.

macro_rules! check_sim {
    ($krate:ident, $query:expr) => {{
        let a = $krate::settings::Settings::from_query($query);
        let b = $krate::settings::Settings::from_query($query);
        assert_eq!(
            a,
            b,
            "{}: reading the same link twice differs",
            stringify!($krate)
        );
        assert!(
            (0.25..=10.0).contains(&a.common.speed),
            "{}: speed {}",
            stringify!($krate),
            a.common.speed
        );
        assert!(
            a.notices.len() <= 9,
            "{}: {} notices",
            stringify!($krate),
            a.notices.len()
        );
    }};
}

/// Reads the input as a link's query string with every sim's reader.
pub fn run(data: &[u8]) {
    let query = String::from_utf8_lossy(data);
    check_sim!(sim_quorum_calculator, &query);
    check_sim!(sim_gossip_protocol_spread, &query);
    check_sim!(sim_consistent_hash_ring, &query);
    check_sim!(sim_replication_topology_comparison, &query);
    check_sim!(sim_split_brain_scenario, &query);
    check_sim!(sim_sharding_strategies, &query);
}
