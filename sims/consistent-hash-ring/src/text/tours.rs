//! The words of the hash ring's tours.

pub const M1: &str = "Five physical nodes, each at 50 positions (virtual nodes) on the ring, and 1,000 keys. A key belongs to the first virtual node clockwise from the key's hash.";
pub const M1_ASK: &str =
    "a sixth node joins. About what share of the 1,000 keys will change owner?";
pub const M1_ANSWER: &str = "about 1/6 (17 %), give or take the spread: only the keys on the arcs the new node's virtual nodes take over.";
pub const M2: &str = "The new node took over the arcs just before each of its virtual nodes, and only the keys there moved, each from its old owner to the new node. Every other key stayed where it was. (The animation walks keys clockwise along the lookup path; the data itself is copied from the old owner.)";
pub const M3: &str = "Compare with hash mod N counts what the same change does when a key's node is hash(key) % N: going from 5 to 6 nodes changes the remainder of about 5/6 of the keys, so nearly everything moves.";
pub const M3_ASK: &str = "why does hash % N move so much more?";
pub const M3_ANSWER: &str = "because N is in the formula: changing N changes almost every key's remainder, while the ring only changes the owners of the arcs next to the joining node.";
pub const M4: &str = "A node left. Only its own keys moved, each to the next virtual node clockwise; under hash % N almost all keys would move again.";
pub const M5: &str = "Inspect key follows one key: its hash, the first virtual node clockwise and that vnode's physical node. With replication, the next distinct physical nodes clockwise hold its other copies (the preference list).";

pub const V1: &str = "Five nodes with one position each on the ring, and 10,000 keys. The arcs between positions differ a lot in length, so the node at the end of the longest arc holds far more keys than its share.";
pub const V1_ASK: &str =
    "what happens to the busiest node's load as each node gets more virtual nodes?";
pub const V1_ANSWER: &str = "it comes down towards the mean: many small arcs per node average out, so each node's total arc length is closer to 1/N.";
pub const V2: &str = "Ten virtual nodes per node: each node's load is now the sum of ten arcs, and the histogram is flatter.";
pub const V3: &str =
    "Fifty virtual nodes per node: the busiest node is within a few tens of percent of the mean.";
pub const V3_ASK: &str = "with enough virtual nodes, is the load exactly even?";
pub const V3_ANSWER: &str =
    "no. The spread shrinks only like √((N − 1)/(N·V)): about 13 % at V = 50 and 7 % at V = 150.";
pub const V4: &str = "The readout compares the measured spread of keys per node with that formula; they agree. Dynamo later moved to fixed, equal-size partitions, and Riak and Cassandra's newer token allocation place tokens to even out the load; weights per node give bigger machines more vnodes.";
pub const V5: &str = "A sixth node joins with its 50 virtual nodes: it takes small arcs from every other node, so the keys it receives come from all of them, not from one unlucky neighbour.";
