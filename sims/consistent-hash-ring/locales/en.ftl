# The words of this sim in English, the fallback for every other language (see
# docs/translating.md). The help, the legend and the tours are read by the names they
# have here (title, about-N, help-N, legend-N, tour-<id>, tour-<id>-<step>[-text|-predict|-answer]);
# every other message is named by the code.

## The page: title, screen summary, help, canvas legend

title = Consistent Hash Ring
about-1 = The picture shows the hash ring: a circle of 2³² positions drawn as 0° to 360°. Each physical node (A, B, C…) has a colour; its virtual nodes are ticks on the ring in that colour, and each owns the arc before it. Keys are small dots on the ring in the colour of the node that owns them. A bar chart shows how many keys each node holds.
about-2 = Add Node and Remove Node change the membership; the keys that must move are highlighted and then walk to their new owner. Each node is also a button that removes it. The sliders set the virtual nodes per physical node and the number of keys, and Inspect key steps through the keys to show one key's owner lookup. Compare with hash mod N shows how many keys the same change would move under hash(key) mod N.
about-3 = Space starts a tour that inspects one key after another, clockwise, and stops it; → inspects the next key.
about-4 = The readouts show the ring share spread: how unevenly the nodes' shares of the ring vary, measured, beside the formula √((N−1)/(N·V)) it follows. The key lookup lists the key's replicas: its owner and the next distinct physical nodes clockwise (the preference list; the link's rf sets how many).
help-1 = Nodes and keys are hashed (xxh32) onto one ring of 2³² positions, drawn as 0°–360°. A key belongs to the first virtual node clockwise from it; each virtual node is a tick in its node's colour and owns the coloured arc before it.
help-2 = Add Node and Remove Node change the membership: the keys that must move are first highlighted in orange, then walk clockwise to their new owner, and the counter shows how many moved. Click a node (or Tab to it and press Enter) to remove that node. Raise Virtual nodes per physical node and watch the histogram even out. Click a key, or use Inspect key with the arrow keys, to see its owner lookup. Compare with hash mod N shows how many keys the same change would move under hash(key) mod N.
help-3 = Space starts a tour that inspects one key after another, clockwise, and stops it; → inspects the next key.
help-4 = The walk of a migrating key is the lookup path to its new owner; the data itself is copied from the old owner. Virtual nodes narrow the spread of the load to about √((N−1)/(N·V)) (13% at 50 vnodes) but never remove it; the readout shows the measured spread. Each key is stored on its owner and the next distinct physical nodes clockwise: the preference list, shown in the key lookup (set how many copies with rf= in the link).

## Names, on the canvas and in sentences

# A physical node by its letter.
node-name = Node { $letter }
# A virtual node: its node's letter and its number on that node.
vnode-name = Node { $letter }#{ $index }
# Nodes by letter: $list is "A, B and D", $count how many there are.
node-list = { $count ->
    [0] no node
    [one] Node { $list }
   *[other] Nodes { $list }
}
# A preference list, the owner first: "Node E, then Node A, then Node C".
then-list = { $first }, then { $next }
# The caption in the middle of the ring, above "0 … 2³² − 1".
ring-caption = hash ring
histogram-title = Keys per node
# The histogram's spread beside its title ($max: 2 decimals, $sd: 1).
histogram-stats = max/mean { $max } · std dev { $sd }
mean-label = mean { $mean }
owner-caption = owner: Node { $letter }
canvas-label = A hash ring drawn from 0° to 360° (hash values 0 to 2^32 − 1) with { $nodes } nodes ({ $letters }), { $vnodes } virtual nodes in all and { $keys } keys, each coloured like the node that owns it. Histogram of keys per node: { $counts }.
# A node's button over the canvas ($removable: yes or no).
node-button = Node { $letter }: owns { $keys } of { $total } keys. { $removable ->
    [yes] Press to remove it.
   *[no] It cannot be removed: the ring has the minimum of { $min } nodes.
}

## The stage: legend and readouts

swatches = Legend
ring-space-why = The ring is the 32-bit hash space: 0° is hash 0, 360° is 2^32 = 4,294,967,296, which wraps back to 0.
# After "0°–360°".
ring-space = = hash 0 … 2³² − 1 (xxh32)
swatch-vnode = virtual node
swatch-orange = orange
swatch-migrates = key that migrates
migration-why = The clockwise walk is the lookup path that finds a key's new owner; the data itself is copied from the old owner (or another replica) to the new one.
readouts = Ring readouts
counter = Keys migrated: { $migrated } / Total keys: { $total }
# $list: "A 2 · B 2 · C 4".
keys-per-node = Keys per node: { $list }
spread-readout = max/mean { $max } · mean { $mean } · standard deviation { $sd }
share-spread = Ring share spread { $measured }% · expected √((N−1)/(N·V)) = { $expected }%
spread-why = The standard deviation of the nodes' shares of the ring, relative to their mean. More virtual nodes narrow it as √((N−1)/(N·V)), about 13% at 50 and 7% at 150, but never to zero; fixed equal-size partitions or weighted vnodes are the remedies.

## The panel: buttons, sliders, comparison, key lookup

membership = Membership
add-node = Add Node
remove-node = Remove Node
reset-button = Reset
vnodes-slider = Virtual nodes per physical node
vnodes-value = { $vnodes } virtual { $vnodes ->
    [one] node
   *[other] nodes
} per physical node, { $ticks } ticks on the ring
keys-slider = Keys
keys-value = { $keys } { $keys ->
    [one] key
   *[other] keys
} (from { $min } to { $max })
inspect-slider = Inspect key
# The slider's shown value and spoken value when no key is inspected.
inspect-none = none
inspect-none-value = No key inspected
# $rank and $keys: the key's place clockwise from 0°, and how many there are.
inspect-value = { $key }, key { $rank } of { $keys } clockwise from 0°, at { $deg }°, owned by { $owner }
compare-switch = Compare with hash mod N
compare-label = Consistent hashing versus hash mod N
compare-hint = Add or remove a node to compare how many keys each scheme moves.
consistent-hashing = Consistent hashing
mod-n-name = hash mod N ({ $before } → { $after })
moved-value = { $moved } of { $total } keys moved ({ $share })
expected-shares = Expected: about 1/{ $big } = { $one } against { $small }/{ $big } = { $most }.
lookup-label = Key lookup
lookup-hint = Click a key on the ring, or use Inspect key, to see its hash and the clockwise walk to its owner.
fact-key = Key
fact-hash = xxh32 hash
fact-position = Position
fact-walk = Walk clockwise
fact-owner = Owner
fact-mod-n = hash mod N
# The preference list's term.
replicas-term = Replicas (RF = { $rf })
# The clockwise walk: "28.24° to Node E#0 at 80.42°" ($wrapped: yes or no).
walk-fact = { $walk }°{ $wrapped ->
    [yes] , past 360°
   *[no] {""}
} to { $vnode } at { $deg }°

## Narration

# One clause on the spread ($max: 2 decimals; $mean, $sd: 1; $cv: 2).
load-clause = busiest node { $max }× the mean of { $mean } keys, standard deviation { $sd } (CV { $cv })
# The same as a sentence.
load-sentence = Busiest node { $max }× the mean of { $mean } keys, standard deviation { $sd } (CV { $cv }).
# $nodes is a node-list, $load a load-clause.
start = { $nodes } on the ring with { $vnodes } virtual { $vnodes ->
    [one] node
   *[other] nodes
} each, and { $keys } { $keys ->
    [one] key
   *[other] keys
}; each key belongs to the first virtual node clockwise from it. Load: { $load }.
reset = Reset.
# After Reset (a load-sentence follows).
reset-to = Reset: { $nodes } back on the ring with { $vnodes } virtual { $vnodes ->
    [one] node
   *[other] nodes
} each, and { $keys } keys.
key-tour-stopped = Key tour stopped.
no-key-inspected = No key is inspected.
state-summary = { $nodes } nodes with { $vnodes } virtual nodes each hold { $keys } keys; the busiest node has { $max } times the mean.
refusal-at-maximum = Add Node is unavailable: the ring already has the maximum of { $max } nodes.
refusal-at-minimum = Remove Node is unavailable: the ring already has the minimum of { $min } nodes.
refusal-not-on-ring = { $node } is not on the ring, so nothing changed.
refusal-no-free-name = Every node name is taken, so no node can join.
refusal-no-node = There is no node to remove.
vnodes-clamped = Virtual nodes per node range from { $min } to { $max }; using { $used }.
keys-clamped = Keys range from { $min } to { $max }; using { $used }.
vnodes-changed = Each node now has { $vnodes } virtual { $vnodes ->
    [one] node
   *[other] nodes
} ({ $ticks } ticks on the ring); { $changed } of { $keys } keys changed owner. Load: { $load }.
vnodes-unchanged = Each node already has { $vnodes } virtual { $vnodes ->
    [one] node
   *[other] nodes
}.
keys-changed = The ring now holds { $keys } keys. Load: { $load }.
keys-unchanged = The ring already holds { $keys } keys.
# $node: a node-name; $deg: its position, when it has one virtual node.
joined = { $node } joined the ring { $vnodes ->
    [one] at { $deg }°
   *[other] with { $vnodes } virtual nodes
}.
took-none = It took none of the keys (about 1/{ $n } expected), so no key moved.
# $sources is a node-list, $share a percentage.
took-some = It took { $moved } of { $total } keys ({ $share }; about 1/{ $n } expected), all from { $sources }; no other key moved.
left = { $node } left the ring.
left-none = It owned no keys, so none moved.
# $nodes is a node-list.
left-some = Its { $moved } { $moved ->
    [one] key
   *[other] keys
} moved clockwise to the next surviving virtual node, on { $nodes }; the other { $stayed } { $stayed ->
    [one] key
   *[other] keys
} stayed put.
mod-n-moves = With hash mod N, going from { $before } to { $after } nodes would move { $moved } of { $total } keys ({ $share }).
# The lookup in words; $vnode, $owner and $mod_owner are names, $wrapped yes or no.
lookup = { $key } hashes to { $hash } ({ $deg }°). Walking clockwise{ $wrapped ->
    [yes] , wrapping past 360° to 0°
   *[no] {""}
}, the first virtual node it meets is { $vnode } at { $vnode_deg }°, so { $owner } owns it. Under hash mod { $n } it would go to shard { $hash } % { $n } = { $shard }, which is { $mod_owner }.
inspected-owner = The inspected key { $key } is now owned by { $owner }.
compare-last = Comparing the last change: consistent hashing moved { $moved } of { $total } keys ({ $share }); hash mod N would have moved { $mod_moved } ({ $mod_share }).
compare-none = Comparing with hash mod N: add or remove a node to see how many keys each scheme moves.
compare-hidden = Comparison with hash mod N hidden.

## Guided tours

tour-add-a-node = Adding a node moves about 1/N of the keys

tour-add-a-node-1 = Five nodes, 1,000 keys
tour-add-a-node-1-text = Five physical nodes, each at 50 positions (virtual nodes) on the ring, and 1,000 keys. A key belongs to the first virtual node clockwise from the key's hash.
tour-add-a-node-1-predict = a sixth node joins. About what share of the 1,000 keys will change owner?
tour-add-a-node-1-answer = about 1/6 (17 %), give or take the spread: only the keys on the arcs the new node's virtual nodes take over.

tour-add-a-node-2 = A sixth node joins
tour-add-a-node-2-text = The new node took over the arcs just before each of its virtual nodes, and only the keys there moved, each from its old owner to the new node. Every other key stayed where it was. (The animation walks keys clockwise along the lookup path; the data itself is copied from the old owner.)

tour-add-a-node-3 = The same change under hash % N
tour-add-a-node-3-text = Compare with hash mod N counts what the same change does when a key's node is hash(key) % N: going from 5 to 6 nodes changes the remainder of about 5/6 of the keys, so nearly everything moves.
tour-add-a-node-3-predict = why does hash % N move so much more?
tour-add-a-node-3-answer = because N is in the formula: changing N changes almost every key's remainder, while the ring only changes the owners of the arcs next to the joining node.

tour-add-a-node-4 = A node leaves
tour-add-a-node-4-text = A node left. Only its own keys moved, each to the next virtual node clockwise; under hash % N almost all keys would move again.

tour-add-a-node-5 = Where a key lives
tour-add-a-node-5-text = Inspect key follows one key: its hash, the first virtual node clockwise and that vnode's physical node. With replication, the next distinct physical nodes clockwise hold its other copies (the preference list).

tour-virtual-nodes = Virtual nodes even out the load

tour-virtual-nodes-1 = One position per node
tour-virtual-nodes-1-text = Five nodes with one position each on the ring, and 10,000 keys. The arcs between positions differ a lot in length, so the node at the end of the longest arc holds far more keys than its share.
tour-virtual-nodes-1-predict = what happens to the busiest node's load as each node gets more virtual nodes?
tour-virtual-nodes-1-answer = it comes down towards the mean: many small arcs per node average out, so each node's total arc length is closer to 1/N.

tour-virtual-nodes-2 = Ten virtual nodes each
tour-virtual-nodes-2-text = Ten virtual nodes per node: each node's load is now the sum of ten arcs, and the histogram is flatter.

tour-virtual-nodes-3 = Fifty virtual nodes each
tour-virtual-nodes-3-text = Fifty virtual nodes per node: the busiest node is within a few tens of percent of the mean.
tour-virtual-nodes-3-predict = with enough virtual nodes, is the load exactly even?
tour-virtual-nodes-3-answer = no. The spread shrinks only like √((N − 1)/(N·V)): about 13 % at V = 50 and 7 % at V = 150.

tour-virtual-nodes-4 = Still not perfectly even
tour-virtual-nodes-4-text = The readout compares the measured spread of keys per node with that formula; they agree. Dynamo later moved to fixed, equal-size partitions, and Riak and Cassandra's newer token allocation place tokens to even out the load; weights per node give bigger machines more vnodes.

tour-virtual-nodes-5 = Adding a node with vnodes
tour-virtual-nodes-5-text = A sixth node joins with its 50 virtual nodes: it takes small arcs from every other node, so the keys it receives come from all of them, not from one unlucky neighbour.
