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

## Names: strategies (with the chapter's table columns), fields, shard lists, scans

strategy-label = { $strategy ->
    [range] Range-based
    [hash] Hash-based
    [directory] Directory-based
   *[geographic] Geographic
}
-strategy-lower = { $strategy ->
    [range] range-based
    [hash] hash-based
    [directory] directory-based
   *[geographic] geographic
}
strategy-short = { $strategy ->
    [range] Range
    [hash] Hash
    [directory] Directory
   *[geographic] Geographic
}
shard-key-field = { $field ->
    [last-name] last name
    [user-id] user id
    [first-letter] first letter of the last name
   *[region] region
}
how-it-works = { $strategy ->
    [range] Records assigned by key value range (A–M → shard 1)
    [hash] Hash function on key mod N shards
    [directory] Lookup table maps each key to its shard
   *[geographic] Records assigned by region or country
}
how-it-works-inline = { $strategy ->
    [range] records assigned by key value range (A–M → shard 1)
    [hash] hash function on key mod N shards
    [directory] lookup table maps each key to its shard
   *[geographic] records assigned by region or country
}
strengths = { $strategy ->
    [range] Efficient range scans
    [hash] No hot spots from key-range skew; a single hot key is still hot
    [directory] Flexible; can rebalance any key
   *[geographic] Data locality, compliance
}
weaknesses = { $strategy ->
    [range] Hot spots if data is skewed
    [hash] Range scans require hitting all shards
    [directory] Lookup table is a bottleneck and SPOF
   *[geographic] Uneven load if regions differ in size
}
shard-list = { $count ->
    [0] no shard
    [one] Shard { $list }
   *[other] Shards { $list }
}
scan-names = surnames { $range }
scan-signups = signups { $from } to { $to }

## Canvas: the key strip, the router, the shard rows, markers and badges

strip-long = { $strategy ->
    [range] Shard key: last name · each shard holds a range of first letters · drag ◆ to move a split
    [hash] Shard key: user id · shard = hash(id) mod { $n } · every letter is spread over all shards
    [directory-down] Lookup table (directory): DOWN · no request can be routed
    [directory] Lookup table (directory): first letter of the last name → shard
   *[geographic] Shard key: region · EU records outside EU shards: { $residency }
}
strip-medium = { $strategy ->
    [range] Ranges of last names · drag ◆ to move a split
    [hash] shard = hash(user id) mod { $n } · names spread everywhere
    [directory-down] Directory DOWN: nothing routes
    [directory] Lookup table: first letter → shard
   *[geographic] By region · EU records outside EU: { $residency }
}
strip-short = { $strategy ->
    [range] Name ranges · drag ◆
    [hash] hash(id) mod { $n }
    [directory-down] Directory DOWN
    [directory] Lookup table
   *[geographic] EU outside EU: { $residency }
}
canvas-any-letter = any letter → any shard
canvas-directory-down = DIRECTORY DOWN
canvas-router = Router
canvas-hot = HOT
canvas-mean = mean
canvas-bar-records = records
canvas-bar-load = load
canvas-lookup = LOOKUP
canvas-scan = SCAN
canvas-router-rule = { $rule ->
    [id-range] by id range
    [name] by name
    [hash] hash mod N
    [down] lookups fail
    [lookup] lookup
   *[region] by region
}
canvas-query-failed-long = query failed
canvas-query-failed-short = failed
canvas-reach-long = { $touched } of { $shards } shards
canvas-reach-short = { $touched } of { $shards }
canvas-region-users = { $share }% of users
canvas-region-traffic = { $share }% of traffic
canvas-region-shards = { $count ->
    [one] Shard { $list }
   *[other] Shards { $list }
}
shard-name = Shard { $shard }
canvas-records-short = { $records } rec
canvas-ratio-short = { $ratio }×
canvas-hot-marker = { $factor }× = hot
canvas-moved-out = { $lost } moved out
canvas-moved-in = { $gained } moved in
canvas-moved-both = { $gained } in, { $lost } out

## Readouts: shard lines, the load summary, the last query, the start narration

ratio-mean = { $ratio }× mean
load-rate = { $load } req/s
key-hash = mod { $n } = { $shard }
key-no-letters = no letters
summary = { strategy-label } sharding over { $shards } shards, { $records } records, { $rate } requests per second, { $state ->
    [playing] playing
   *[paused] paused
}.
canvas-label = A router on the left sends each request to one of { $shards } shards under { -strategy-lower } sharding. Each shard row shows the records it holds and its load; the strip at the top shows { $strategy ->
    [geographic] the three regions
    [directory] the lookup table from first letter to shard
   *[other] how many surnames start with each letter
}.
shard-button = { $line }. Press to hear it.
shard-info = { $line }. It holds { $share } of all records.
reset-done = Reset.
preset-like-users = Like users (50/30/20)
preset-eu-peak = EU peak (20/70/10)
query-stale = Last query: none since the layout changed
tab-layout = { $strategy ->
    [range] Splits
    [hash] Hashing
    [directory] Directory
   *[geographic] Regions
}
moves-row-name = { $strategy ->
    [hash] Hash (mod N)
   *[other] { strategy-label }
}
hash-layout = shard = xxh32(user id) mod { $shards }. The hash ignores the name, so every letter, and every surname range, is spread over all { $shards } shards: loads are even, but a range scan must ask every shard.
shard-line = Shard { $shard } ({ $key }): { $records } records, { $load }, { $ratio }{ $hot ->
    [yes] , HOT (over { $factor }× the mean)
   *[no] {""}
}{ $inserted }
summary-no-requests = No requests in the last 5 s: press Play or One request.
summary-mean = Mean load { $load } per shard
summary-busiest = busiest Shard { $shard } at { $ratio }
summary-no-busiest = no shard served a request
summary-unmeasured = too few requests to call hot spots
summary-no-hot = hot spots (over { $factor }×): none
summary-hot = HOT (over { $factor }×): { $list }
residency = EU records outside EU shards: { $violations }
scan-menu-c-f = Surnames C–F
scan-short-c-f = C–F
scan-menu-a-m = Surnames A–M
scan-short-a-m = A–M
scan-menu-s = Surnames S
scan-short-s = S
scan-menu-2020 = Signed up in 2020
scan-short-2020 = 2020 signups
scan-menu-eu-2020 = EU-West users signed up in 2020
scan-short-eu-2020 = EU 2020 signups
query-none = Last query: none yet
query-lookup-failed = Point lookup failed: the directory is down (0 shards reached)
query-lookup = Point lookup of { $name } #{ $id }: 1 of { $shards } shards touched (Shard { $shard })
query-lookup-missing = Point lookup found no user
query-scan-failed = Range scan { $scan } failed: the directory is down
query-scan = Range scan { $scan }: { $touched } of { $shards } shards touched ({ $touched ->
    [one] Shard
   *[other] Shards
} { $list }), { $records } records
start-head = { strategy-label } sharding on { $field }: { $shards } shards, { $users } users.
start-skew-range = Surnames are skewed: Shard { $busiest } ({ $busiest_key }) holds { $busiest_share } of users and serves { $ratio }× the mean load; Shard { $least } ({ $least_key }) holds { $least_share }.
start-skew = The busiest shard, Shard { $busiest } ({ $key }), serves { $ratio }× the mean load; the fullest, Shard { $fullest }, holds { $share } of users.
start-press-play = Press Play.
moves-added = Adding Shard { $shard } moved (of { $records } records):
moves-removed = Removing Shard { $shard } moved (of { $records } records):
moves-predicted = Adding Shard { $shard } now would move (of { $records }):
moves-at-most = { $shards } shards is the most; remove one to compare again.

## The scorecard: the chapter's columns and the numbers measured

evidence-moved = { $moved } ({ $share })
evidence-numbers = Measured: load max { $load }×, records max { $records }× mean · { $range } scan { $name_scan }/{ $shards } shards · { $year } scan { $date_scan }/{ $shards } · add moves { $moved } · EU outside EU { $residency }
evidence-how = { $how }; { $layout }.
evidence-claim = { $claim }: { $evidence }.
layout-here-id = here on the user id: { $ranges }
layout-here-ranges = here: { $ranges }
layout-here-hash = here: xxh32(user id) mod { $shards }
layout-here-directory = here: a 26-entry table, first letter → shard
layout-here-region = { $count } in { $region }
layout-here-regions = here: shards { $list }
sw-no-add = no shard can be added
sw-add-moves = adding a shard moves { $share } of records
sw-scan = a { $range } scan touches { $touched } of { $shards } shards
sw-load = busiest shard { $ratio }× the mean load
sw-hot-key = one key taking { $percent } % of requests: { $ratio }×
sw-two = { $first }; { $second }
sw-range-weak = { $load }, fullest { $fullest }× the mean records; on an increasing key, { $last } of { $sample } inserts hit the last shard
sw-directory-strong = balanced by record count (fullest shard { $fullest }× the mean); { $moved }
sw-directory-down = the directory is down: { $failed } of { $sample } requests fail
sw-directory-weak = every request asks the table first: if it is down, all fail (try Fail directory)
sw-geographic-weak = { $load }; regions hold { $shares } of users

## Narration: what each event did

strategy-kept = Already using { -strategy-lower } sharding.
rate-clamped = The rate can be { $min } to { $max } requests per second, so { $rate } it is.
rate-set = { $rate } requests per second.
workload-kept = Already the workload: { $workload }.
split-kept = Split point { $split } is already at { $letter }.
split-moved = Ranges { $ranges }; { $moves }.
split-clamped = Split point { $split } must stay between { $lowest } and { $highest } so every range keeps a letter; it goes to { $letter }.
even-splits = Even letter ranges { $ranges }; { $moves }.
directory-rebalanced = The directory is rebalanced by record count; { $moves }.
reset-narration = Reset: { $records } users on { $shards } shards, { -strategy-lower } sharding, clock at zero.
reject-no-traffic = Traffic must come from at least one region; the weights are unchanged.
reject-no-split-point = There is no split point { $split }; with { $shards } shards there are { $splits }.
reject-directory-down = The directory is down, so its table cannot be changed; bring it back first.
reject-no-shard = There is no Shard { $shard }; there are { $shards }.
reject-most-shards = There are already { $shards } shards, the most this sim allows.
reject-fewest-shards = There are only { $shards } shards, the fewest this sim allows.
strategy-set-id = { strategy-label } sharding on user id: with new sign-ups the table is range-sharded on the increasing id. Ranges: { $ranges }; every new id lands in the last.
strategy-set = { strategy-label } sharding on { $field }: { $how }.
strategy-set-ranges = Ranges: { $ranges }.
strategy-set-down = The directory is down, so every request fails.
strategy-set-shared = With only 2 shards, EU-West keeps its own shard and US-East and APAC share the other.
strategy-set-regions = Shards: { $list }.
shards-clamped = There can be { $min } to { $max } shards, so { $shards } it is.
shards-set = { $shards } shards: every strategy starts from its default layout (even letter ranges { $ranges }, a directory balanced by record count, shards spread over regions by user count).
reassigned = The directory now sends { $range } to Shard { $shard }; { $moves }.
keyless = { $list } now { $count ->
   *[other] own
} no keys.
records-clamped = A dataset holds { $min } to { $max } users, so { $records } it is.
records-set = A fresh dataset of { $records } users: { $share } of surnames start with A–M, and every layout restarts from its default.
traffic-set = Traffic now comes from { $list }.
directory-failed = The directory is down: every request routed by a directory lookup now fails, because the lookup table is a single point of failure{ $routing ->
    [yes] {""}
   *[no] {" "}(only directory-based routing depends on it)
}.
directory-back = The directory is back: lookups route requests again{ $routing ->
    [yes] {""}
   *[no] {" "}(only directory-based routing depends on it)
}.
letters-phrase = { $count ->
    [one] letter { $list }
   *[other] letters { $list }
}
resize-id-ranges = on the user id: the id ranges were cut again evenly for the new shard count
resize-range-split = Shard { $shard }'s range split and { $range } moved to the new shard
resize-range-merged = { $range } merged into Shard { $shard }
resize-directory-takes = the new shard takes over { $letters }
resize-directory-none = the removed shard owned no letters
resize-directory-found = { $letters } found new shards
resize-region-serves = the new shard serves { $region }
resize-region-lost = { $region } lost a shard
resized = { $verb ->
    [added] Added
   *[removed] Removed
} Shard { $shard }; records moved out of { $total }: hash mod N { $hash }, range { $range } ({ $range_note }), directory { $directory } ({ $directory_note }), geographic { $geographic } ({ $geographic_note }).
query-no-user = There is no user #{ $id }; ids run from 1 to { $users }.
lookup-fails = Point lookup of { $name } #{ $id } fails: the directory is down, so the router cannot find its shard.
lookup-sent = Point lookup of { $name } #{ $id } ({ $region }): the router sends it to { $shards } only.
scan-in-region = { $scan } in { $region }
scan-fails = Range scan of { $scan } fails: the directory is down, so the router cannot tell which shards hold them.
scan-visits = Range scan of { $scan } under { -strategy-lower } sharding visits { $all ->
    [yes] all { $shards } shards
   *[no] { $touched } of { $shards } shards ({ $list })
} and returns { $records } records.
moves-none = no records move
moves-flow = { $records } from Shard { $from } to Shard { $to }
moves-some = { $moved } { $moved ->
    [one] record
   *[other] records
} move ({ $flows })
request-insert = Request #{ $request }: a new user, { $name } #{ $id } ({ $region }), signs up and is inserted on Shard { $shard }.
request-insert-fails = Request #{ $request }: the insert of new user { $name } #{ $id } fails: the directory is down.
request-lookup = Request #{ $request }: { $name } #{ $id } ({ $region }) goes to Shard { $shard }.
request-lookup-fails = Request #{ $request }: { $name } #{ $id } fails: the directory is down, so the router cannot find its shard.
playing-inserts = Playing: { $rate } requests per second, each the insert of a new user, drawn as dots from the router to the shard that stores it.
playing-lookups = Playing: { $rate } requests per second, each a lookup of one user, drawn as dots from the router to the shard holding that user.
paused = Paused.

## The live workload: menu, status line, narration, canvas strip

workload-label = { $workload ->
    [uniform] Uniform lookups
    [celebrity] One celebrity user (30% of requests)
    [zipf] Zipf-skewed users (s = 1)
   *[inserts] New sign-ups (increasing ids)
}
standing-waiting = waiting for enough requests
standing-hot = HOT at { $ratio }
standing-not-hot = at { $ratio }, not hot (over { $factor }× would be)
status-place = Shard { $shard }, { $standing }
status-unreachable = unreachable: the directory is down
status-celebrity = Workload: { $user } takes { $percent }% of requests; its shard is { $place }.
status-zipf = Workload: Zipf-skewed lookups: the most popular user, { $user }, takes about { $share } of requests; its shard is { $place }.
inserts-head = Workload: new sign-ups with increasing ids from #{ $first }
inserts-none = Workload: new sign-ups with increasing ids from #{ $first }: no inserts yet.
inserts-top = Workload: new sign-ups with increasing ids from #{ $first }: Shard { $shard } took { $most } of { $total } inserts ({ $share }){ $strategy ->
    [range] {" "}(range sharding on the user id: every new id is past the last split)
    [hash] {" "}(hashing the id spreads them)
   *[other] {""}
}.
inserted-suffix = , { $count } new { $count ->
    [one] sign-up
   *[other] sign-ups
}
id-range-empty = none
id-range-label = ids { $range }
shard-id-range = Shard { $shard } { $range }
id-splits-now = With new sign-ups the table is range-sharded on the user id, not the surname: { $ranges }. The ranges are cut evenly over the { $users } stored users, and every new id is past the last split.
id-splits-later = The letter splits return when you choose another workload; moving the id splits would not help either: the next id is always the highest.
new-ids-long = new ids arrive here →
new-ids-medium = new ids →
new-ids-short = new →
next-id = next #{ $id }
id-axis-label = A router on the left sends each request to one of { $shards } shards under range-based sharding. Each shard row shows the records it holds and its load; the strip at the top shows the user-id axis split into ranges ({ $ranges }), with new ids arriving at its right end, past the last split.
user-first = user #1
workload-set-uniform = Workload: uniform lookups, users drawn the way the data is spread. { strategy-label } sharding's load follows its key skew.
workload-set-celebrity = Workload: one celebrity user, { $name }, takes { $percent }% of requests. Every request for one key goes to one shard under any strategy, hash included: { $watch ->
    [none] its requests fail while the directory is down
   *[other] watch Shard { $watch }
} turn HOT.
workload-set-zipf = Workload: Zipf-skewed lookups (s = 1): user #k is asked for about 1/k as often as user #1, so { $name } takes about { $share } of requests; { $watch ->
    [none] its requests fail while the directory is down
   *[other] watch Shard { $watch }
}. Hashing spreads the popular users over the shards, but cannot split one user.
workload-set-inserts = Workload: new sign-ups, each inserting a user with the next id (#{ $next } on) and today's date; they are counted per shard as new sign-ups, not added to the lookups.
workload-set-inserts-range = Range sharding on an increasing key (here the user id) sends every insert past the last split: watch Shard { $shard } take them all.
workload-set-inserts-other = Range sharding on this increasing key would send every one to the last shard; pick Range-based to see it.
strip-workload-long = { $workload ->
    [celebrity] Workload: one celebrity user takes { $percent }% of requests · one key, one shard
    [zipf] Workload: Zipf-skewed users · a few popular users take most requests
    [inserts-range] New sign-ups: range sharding on the increasing user id · every new id lands in the last range
   *[inserts] Workload: new sign-ups with increasing ids
}
strip-workload-medium = { $workload ->
    [celebrity] Celebrity user: { $percent }% of requests
    [zipf] Zipf-skewed users
    [inserts-range] Inserts by increasing id → last range
   *[inserts] New sign-ups
}
strip-workload-short = { $workload ->
    [celebrity] Celebrity { $percent }%
    [zipf] Zipf
    [inserts-range] Inserts → last
   *[inserts] Inserts
}

## The page: readouts, controls, tabs

aria-shard-load = Shard load
residency-check = Residency check: { $check }
failed-requests = Failed requests: { $rate }
aria-last-query = Last query
strategy = Strategy
aria-actions = Actions
one-request = One request
point-lookup = Point lookup
range-scan = Range scan
add-shard = Add shard
remove-shard = Remove shard
tab-workload = Workload
tab-moves = Moves
tab-scorecard = Scorecard
aria-more-controls = More controls
request-rate = Request rate
rate-display = { $rate }/s
records = Records
records-value = { $records } user records
range-scan-of = Range scan of
reset = Reset
workload = Workload
hash-changing-n = Changing N changes almost every record's remainder: press Add shard and see the Moves tab.
hash-consistent-link = Consistent hashing
hash-consistent-moves = moves only about 1/N of them.
split-label = Split { $split }
split-aria = Split { $split }: first letter of Shard { $shard }'s range
splits-hint = Each split is the first letter of the next shard's range. Drag a ◆ on the letter axis, or choose here:
even-ranges = Even ranges
directory-cell-aria = Surnames starting with { $letter }: shard
rebalance-down = The directory is down; bring it back first.
aria-lookup-table = Lookup table: first letter of the last name → shard
fail-directory = Fail directory
rebalance = Rebalance by record count
traffic-label = { $region } traffic
traffic-display = { $share }%
traffic-value = { $region } sends { $share }% of requests
aria-records-moved = Records moved
records-moved = Records moved
share = Share
moves-fix = The fix for mod N, moving only about 1/N:
moves-fix-link = Consistent Hash Ring
aria-scorecard-of = Scorecard of
score-how = How it works:
score-strength = ✓ Strength:
score-weakness = ✗ Weakness:
traffic-fallback = Traffic must come from at least one region; using us={ $us }&eu={ $eu }&apac={ $apac }.
