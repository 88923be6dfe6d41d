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
