//! The words of the sharding sim's tours.

pub const H1: &str = "Eight shards, each owning an even share of the alphabet: a user goes to the shard whose range holds the first letter of the surname. The users' surnames are not spread evenly over the alphabet.";
pub const H1_ASK: &str =
    "requests arrive for random users. Will the eight shards get the same traffic?";
pub const H1_ANSWER: &str = "no. Surnames cluster on some initial letters, so the shard owning the common ones holds more users and gets more of their requests.";
pub const H2: &str = "Ten seconds of traffic: the shards holding the common initial letters are marked hot, serving more than 1.5 times the mean load, while the shards of rare letters sit nearly idle. Even key ranges are not even data: range sharding on a skewed key makes hot spots.";
pub const H3: &str = "Hash sharding places each user by a hash of the key, so common initial letters are spread over every shard and no shard stands out. It removes hot spots from key-range skew; a single very popular key (a celebrity) would still land on one shard.";
pub const H4: &str = "Directory sharding keeps a lookup table from letter to shard: an operator can move a busy letter to a quiet shard, one letter at a time, without touching the others.";
pub const H5: &str = "But every request must consult the directory first. With the directory down, no request can be routed: it must itself be replicated (in practice, kept in a coordination service such as ZooKeeper or etcd).";

pub const S1: &str = "Range sharding, scanning surnames C–F: the scan goes to the shard (or two) whose range covers C–F, and nowhere else.";
pub const S1_ASK: &str = "the same scan under hash sharding: how many shards must it ask?";
pub const S1_ANSWER: &str = "all of them: hashing scatters C, D, E and F surnames over every shard, so a range of keys has no home.";
pub const S2: &str = "Under hash sharding the same scan had to ask every shard and merge the answers (scatter-gather): cheap point lookups, expensive range scans.";
pub const S3: &str = "Back to range sharding, now scanning users who signed up in 2020. Signup date is not the shard key, so even range sharding must ask every shard: a range scan is cheap only on the shard key.";
pub const S3_ASK: &str = "a fifth shard is added. What share of the records does hash mod N move?";
pub const S3_ANSWER: &str =
    "about 4/5 (80 %): a record stays only if hash mod 4 and hash mod 5 pick the same shard.";
pub const S4: &str = "A fifth shard joined. The Moves tab counts what each strategy moved for this change: hash mod N moved most records; a range split moved only the records in the range handed over.";
pub const S5: &str = "That is why real systems avoid plain hash mod N: Cassandra and DynamoDB use consistent hashing or fixed partitions that move as whole units, and range-sharded systems (HBase, Bigtable, CockroachDB) split and move one range at a time.";
