//! The list of sims the site serves; each entry mirrors its folder's `metadata.json`
//! (a test keeps the two in step).

/// One sim in the gallery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SimEntry {
    /// The sim's id: its folder under `sims/` and its URL `sims/<id>/main.html`.
    pub id: &'static str,
    /// Its title.
    pub title: &'static str,
    /// One line on what it teaches.
    pub description: &'static str,
    /// The iframe height it needs, in CSS pixels.
    pub height: u32,
}

/// Every sim, in gallery order: the order the chapter introduces them.
pub const SIMS: &[SimEntry] = &[
    SimEntry {
        id: "scaling-up-vs-out",
        title: "Scaling Up vs Scaling Out",
        description: "Grow a workload month by month and serve it two ways: a bigger machine, limited by Amdahl's law, steepening prices and the largest machine that exists, or more machines, limited by the Universal Scalability Law's peak, with read replicas or shards. Compare capacity, queueing latency, cost per request and failure domains, and find where each lever stops.",
        height: 1180,
    },
    SimEntry {
        id: "sharding-strategies",
        title: "Sharding Strategies",
        description: "Split one table of users over 2–8 shards by range, hash, directory or region; watch requests flow from a router, find the hot spot that skewed surnames make, run point lookups and range scans, and count the records each strategy moves when a shard is added.",
        height: 760,
    },
    SimEntry {
        id: "consistent-hash-ring",
        title: "Consistent Hash Ring",
        description: "Hash nodes, virtual nodes and keys onto one 32-bit ring, add and remove nodes to see that only about 1/N of the keys move (against nearly all under hash mod N), and watch virtual nodes even out the load.",
        height: 760,
    },
    SimEntry {
        id: "replication-topology-comparison",
        title: "Replication Topology Comparison",
        description: "Single-leader, multi-leader and leaderless replication side by side: simulate a write in each, then see replication lag break read-your-writes, an asynchronous failover lose an acknowledged write, two leaders detect a write conflict, and a quorum read repair a stale replica.",
        height: 824,
    },
    SimEntry {
        id: "quorum-calculator",
        title: "Quorum Calculator",
        description: "Choose N, W and R, simulate writes and reads on a row of replicas, and see why W + R > N guarantees that every read overlaps the latest write, and how a stale read happens when it does not.",
        height: 680,
    },
    SimEntry {
        id: "split-brain-scenario",
        title: "Split-Brain Scenario",
        description: "Partition a three-node cluster, watch a naive monitor promote a second leader, send two conflicting writes and resolve the conflict; then see how Raft's majority votes and fencing tokens (or STONITH) prevent split brain.",
        height: 760,
    },
    SimEntry {
        id: "gossip-protocol-spread",
        title: "Gossip Protocol Spread",
        description: "Node 4 is down and nobody is in charge: watch the news spread by gossip, round by round, on 12 to 1,000 nodes; compare fanouts, message loss and push-pull against the epidemic curve; and see how the phi accrual detector decides that a node is down.",
        height: 772,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_matches_each_metadata_json() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../sims");
        for entry in SIMS {
            let path = format!("{root}/{}/metadata.json", entry.id);
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let meta: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            assert_eq!(meta["title"], entry.title, "{path}");
            assert_eq!(meta["description"], entry.description, "{path}");
            assert_eq!(meta["height"], entry.height, "{path}");
        }
    }

    #[test]
    fn every_sim_folder_is_registered() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../sims");
        let mut folders: Vec<String> = std::fs::read_dir(root)
            .expect("sims folder")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().join("metadata.json").exists())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        folders.sort();
        let mut ids: Vec<String> = SIMS.iter().map(|s| s.id.to_string()).collect();
        ids.sort();
        assert_eq!(folders, ids);
    }
}
