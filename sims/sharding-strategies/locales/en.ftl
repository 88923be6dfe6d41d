# The words of this sim in English, the fallback for every other language (see
# docs/translating.md). The help, the legend and the tours are read by the names they
# have here (title, about-N, help-N, legend-N, tour-<id>, tour-<id>-<step>[-text|-predict|-answer]);
# every other message is named by the code.

## The page: title, screen summary, help, canvas legend

title = Sharding Strategies
about-1 = The picture shows a router on the left and one row per shard on the right. Requests travel from the router to the shard that holds the user as moving dots. Each shard row has a grey bar for the records it holds and a blue bar for its load in requests per second, its ratio to the mean load, and a HOT mark when it is over 1.5 times the mean. Above the shards, an axis shows the shard key: letters of surnames for range sharding, regions for geographic sharding.
about-2 = A choice sets the strategy: range-based, hash-based, directory-based or geographic. Play, Step, One request, Point lookup and Range scan send requests; Add shard and Remove shard change the shard count and show how many records move. Tabs hold the workload (request rate, records, and a menu of what the requests ask for: uniform lookups, one celebrity user, Zipf-skewed users or new sign-ups with increasing ids), the range splits or the directory table, the record moves, and a scorecard that compares the strategies. Each shard row is also a button that describes the shard.
help-1 = One table of users is split over several shards. The router sends each request (a dot) to the shard holding that user; each shard row shows how many records it holds (grey bar) and its load in requests per second (blue bar), with its ratio to the mean. A shard over 1.5× the mean load is marked HOT.
help-2 = Pick a strategy, press Play, then try Point lookup, Range scan and Add shard. Under range sharding drag a ◆ on the letter axis (or use the Splits tab); under directory sharding change the lookup table or fail it; under geographic sharding change where traffic comes from.
help-3 = The Workload menu changes what the requests ask for. With one celebrity user taking 30% of requests, that user's shard turns HOT even under hash sharding: hashing spreads keys, not requests for one key. With new sign-ups (ever-increasing user ids), range sharding on the id sends every insert to the last shard, while hashing the id spreads them.

## Guided tours

tour-hot-shard = The hot shard

tour-hot-shard-1 = Range sharding by surname
tour-hot-shard-1-text = Eight shards, each owning an even share of the alphabet: a user goes to the shard whose range holds the first letter of the surname. The users' surnames are not spread evenly over the alphabet.
tour-hot-shard-1-predict = requests arrive for random users. Will the eight shards get the same traffic?
tour-hot-shard-1-answer = no. Surnames cluster on some initial letters, so the shard owning the common ones holds more users and gets more of their requests.

tour-hot-shard-2 = Traffic finds the hot shards
tour-hot-shard-2-text = Ten seconds of traffic: the shards holding the common initial letters are marked hot, serving more than 1.5 times the mean load, while the shards of rare letters sit nearly idle. Even key ranges are not even data: range sharding on a skewed key makes hot spots.

tour-hot-shard-3 = Hash the key instead
tour-hot-shard-3-text = Hash sharding places each user by a hash of the key, so common initial letters are spread over every shard and no shard stands out. It removes hot spots from key-range skew; a single very popular key (a celebrity) would still land on one shard.

tour-hot-shard-4 = Balance ranges by hand
tour-hot-shard-4-text = Directory sharding keeps a lookup table from letter to shard: an operator can move a busy letter to a quiet shard, one letter at a time, without touching the others.

tour-hot-shard-5 = The directory fails
tour-hot-shard-5-text = But every request must consult the directory first. With the directory down, no request can be routed: it must itself be replicated (in practice, kept in a coordination service such as ZooKeeper or etcd).

tour-hot-shard-6 = One celebrity user
tour-hot-shard-6-text = Back to hash sharding, but now one celebrity user takes 30% of all requests (the Workload menu). Hashing spreads keys, not requests for one key: every request for that user lands on the same shard, which serves 30% plus an eighth of the rest, about 3 times the mean, and is marked hot. No strategy can spread one key; the fixes are a cache in front of it, or splitting that key (a random suffix, read back from every part).

tour-scans-and-moves = Range scans and adding a shard

tour-scans-and-moves-1 = A scan on the shard key
tour-scans-and-moves-1-text = Range sharding, scanning surnames C–F: the scan goes to the shard (or two) whose range covers C–F, and nowhere else.
tour-scans-and-moves-1-predict = the same scan under hash sharding: how many shards must it ask?
tour-scans-and-moves-1-answer = all of them: hashing scatters C, D, E and F surnames over every shard, so a range of keys has no home.

tour-scans-and-moves-2 = The same scan, hashed
tour-scans-and-moves-2-text = Under hash sharding the same scan had to ask every shard and merge the answers (scatter-gather): cheap point lookups, expensive range scans.

tour-scans-and-moves-3 = A scan on another column
tour-scans-and-moves-3-text = Back to range sharding, now scanning users who signed up in 2020. Signup date is not the shard key, so even range sharding must ask every shard: a range scan is cheap only on the shard key.
tour-scans-and-moves-3-predict = a fifth shard is added. What share of the records does hash mod N move?
tour-scans-and-moves-3-answer = about 4/5 (80 %): a record stays only if hash mod 4 and hash mod 5 pick the same shard.

tour-scans-and-moves-4 = Add a fifth shard
tour-scans-and-moves-4-text = A fifth shard joined. The Moves tab counts what each strategy moved for this change: hash mod N moved most records; a range split moved only the records in the range handed over.

tour-scans-and-moves-5 = What each strategy moved
tour-scans-and-moves-5-text = That is why real systems avoid plain hash mod N: Cassandra and DynamoDB use consistent hashing or fixed partitions that move as whole units, and range-sharded systems (HBase, Bigtable, CockroachDB) split and move one range at a time.
